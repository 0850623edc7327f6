package org.sentrakreasi.storefront.web.account.beneficiaries;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.sentrakreasi.storefront.security.CurrentStaff;
import org.sentrakreasi.storefront.web.FieldErrors;
import org.sentrakreasi.storefront.web.Messages;
import org.sentrakreasi.vocational.application.BeneficiaryService;
import org.sentrakreasi.vocational.application.BeneficiarySummary;

/**
 * The registry search (akun/penerima/index.xhtml): a part of the name or a whole NIK, within the
 * coordinator's unit, audited by the service. The words come in a POST body and live for this
 * request only: they may be a NIK, so they are kept in no URL, session or log.
 */
@Named
@RequestScoped
public class BeneficiariesBacking {

    @Inject
    BeneficiaryService beneficiaries;

    @Inject
    CurrentStaff staff;

    @Inject
    Messages messages;

    @Inject
    Clock clock;

    private String q;
    private List<BeneficiarySummary> results;

    /** f:viewAction: a signed-in maker is no staff and gets the 403 page before anything renders. */
    public void requireStaff() {
        staff.get();
    }

    public void search() {
        if (q == null || q.strip().length() < 2) {
            FieldErrors.show(messages, "search:q", "beneficiary.search.tooShort");
            return;
        }
        try {
            results = beneficiaries.search(staff.get(), q.strip());
        } catch (ConstraintViolationException e) {
            FieldErrors.show(messages, "search:q", "beneficiary.search.tooLong");
        }
    }

    /** Whole years today; shown instead of the birth date, which the list does not need. */
    public int age(LocalDate birthDate) {
        return Period.between(birthDate, LocalDate.now(clock)).getYears();
    }

    /** Null before a search, so that the page can tell "not searched" from "nothing found". */
    public List<BeneficiarySummary> getResults() {
        return results;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
