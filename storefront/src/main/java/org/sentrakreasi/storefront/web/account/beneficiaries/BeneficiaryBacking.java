package org.sentrakreasi.storefront.web.account.beneficiaries;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.sentrakreasi.storefront.security.CurrentStaff;
import org.sentrakreasi.storefront.web.LanguageBacking;
import org.sentrakreasi.storefront.web.FieldErrors;
import org.sentrakreasi.storefront.web.Messages;
import org.sentrakreasi.storefront.web.account.RecordIds;
import org.sentrakreasi.vocational.application.BeneficiaryDetails;
import org.sentrakreasi.vocational.application.BeneficiaryService;
import org.sentrakreasi.vocational.application.ConsentDecision;
import org.sentrakreasi.vocational.application.ConsentOverview;
import org.sentrakreasi.vocational.application.ConsentSummary;
import org.sentrakreasi.vocational.domain.InvalidValueException;

/**
 * A beneficiary's record and consent screen (akun/penerima/detail.xhtml?id=): the record is read
 * once per view (an audited read); Grant and Withdraw record a decision per field. A withdrawal
 * takes the field off the public side before the service returns; a grant takes an explicit click,
 * and for a minor the guardian's consent.
 */
@Named
@ViewScoped
public class BeneficiaryBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Times are shown in Western Indonesia time, where most units are; the label says so. */
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @Inject
    transient BeneficiaryService beneficiaries;

    @Inject
    transient CurrentStaff staff;

    @Inject
    transient Messages messages;

    @Inject
    transient LanguageBacking language;

    @Inject
    transient Clock clock;

    private String id;
    private long beneficiaryId;
    // Private data: held for this view only and never serialised with the session.
    private transient BeneficiaryDetails details;
    private transient ConsentOverview consents;
    private boolean guardianConsent;

    /**
     * f:viewAction: without an id (e.g. after the language switch, which keeps only {@code ?lang=})
     * back to the registry; an id that is no number is a page that does not exist.
     */
    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (id == null || id.isBlank()) {
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/akun/penerima/index.xhtml");
            faces.responseComplete();
            return;
        }
        beneficiaryId = RecordIds.parse("beneficiary", id);
        details = beneficiaries.details(staff.get(), beneficiaryId);
        consents = beneficiaries.consents(staff.get(), beneficiaryId);
    }

    public void grant(String field) {
        decide(field, true);
    }

    public void withdraw(String field) {
        decide(field, false);
    }

    private void decide(String field, boolean granted) {
        try {
            beneficiaries.decideConsent(staff.get(), beneficiaryId,
                    ConsentDecision.of(field, granted, granted ? guardianConsent : null));
            messages.info(granted ? "beneficiary.consent.granted" : "beneficiary.consent.withdrawn",
                    messages.text("beneficiary.consent.field." + field));
            guardianConsent = false;
        } catch (InvalidValueException e) {
            if ("guardianConsent".equals(e.field())) {
                FieldErrors.show(messages, "consent:guardianConsent", "beneficiary.consent.guardianRequired");
            } else {
                messages.error("beneficiary.invalid");
            }
        }
        consents = beneficiaries.consents(staff.get(), beneficiaryId);
    }

    public BeneficiaryDetails getDetails() {
        if (details == null) {
            details = beneficiaries.details(staff.get(), beneficiaryId);
        }
        return details;
    }

    public ConsentOverview getConsents() {
        if (consents == null) {
            consents = beneficiaries.consents(staff.get(), beneficiaryId);
        }
        return consents;
    }

    /** Whether the field may be shown publicly now, for the maker-profile form. */
    public boolean granted(String field) {
        return getConsents().fields().stream().anyMatch(f -> f.field().equals(field) && f.granted());
    }

    public int age(LocalDate birthDate) {
        return Period.between(birthDate, LocalDate.now(clock)).getYears();
    }

    public String when(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("d MMM yyyy, HH.mm 'WIB'", language.getLocale())
                .format(instant.atZone(WIB));
    }

    public String day(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", language.getLocale()).format(date);
    }

    /** The history newest first: the last decision is what a reader looks for. */
    public List<ConsentSummary> getHistory() {
        List<ConsentSummary> newestFirst = new ArrayList<>(getConsents().history());
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    /** For the maker-profile form on the same page. */
    public long getBeneficiaryId() {
        return beneficiaryId;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public boolean isGuardianConsent() {
        return guardianConsent;
    }

    public void setGuardianConsent(boolean guardianConsent) {
        this.guardianConsent = guardianConsent;
    }
}
