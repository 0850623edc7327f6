package org.sentrakreasi.storefront.web.account.cohorts;

import jakarta.faces.convert.Converter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sentrakreasi.storefront.security.CurrentStaff;
import org.sentrakreasi.storefront.web.Messages;
import org.sentrakreasi.vocational.application.BeneficiaryService;
import org.sentrakreasi.vocational.application.BeneficiarySummary;
import org.sentrakreasi.vocational.application.CohortRoster;
import org.sentrakreasi.vocational.application.CohortService;
import org.sentrakreasi.vocational.application.Enrol;
import org.sentrakreasi.vocational.application.EnrollmentSummary;
import org.sentrakreasi.vocational.application.Reason;
import org.sentrakreasi.vocational.application.Trainee;
import org.sentrakreasi.vocational.domain.GraduationRefusedException;
import org.sentrakreasi.vocational.domain.InvalidValueException;
import org.sentrakreasi.vocational.domain.VocationalConflictException;

/**
 * The trainees of the cohort on its page (akun/kohort/detail.xhtml): enrol a beneficiary of the
 * unit found by name or NIK, withdraw one with a reason, graduate one (a refusal says which
 * condition is unmet).
 */
@Named
@ViewScoped
public class CohortTraineesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MIN_SEARCH = 2;

    @Inject
    transient CohortRoster roster;

    @Inject
    transient CohortService cohorts;

    @Inject
    transient BeneficiaryService beneficiaries;

    @Inject
    transient CurrentStaff staff;

    @Inject
    transient CohortFeedback feedback;

    @Inject
    transient Messages messages;

    @Inject
    CohortBacking cohort;

    private transient List<Trainee> trainees;
    /** The last search's results, so that the chosen one is known by its id. */
    private final Map<String, BeneficiarySummary> found = new LinkedHashMap<>();
    private BeneficiarySummary candidate;
    private String withdrawingId;
    private String reason;

    public List<Trainee> getTrainees() {
        if (trainees == null) {
            trainees = roster.trainees(staff.get(), cohort.cohortId());
        }
        return trainees;
    }

    /** The autocomplete: beneficiaries of the unit by part of the name or the whole NIK (audited as a search). */
    public List<BeneficiarySummary> search(String words) {
        found.clear();
        if (words == null || words.strip().length() < MIN_SEARCH) {
            return List.of();
        }
        for (BeneficiarySummary person : beneficiaries.search(staff.get(), words.strip())) {
            found.put(person.id(), person);
        }
        return List.copyOf(found.values());
    }

    public void enrol() {
        if (candidate == null) {
            messages.errorFor("enrol:candidate", "cohort.enrol.choose");
            return;
        }
        try {
            cohorts.enrol(staff.get(), cohort.cohortId(), new Enrol(Long.valueOf(candidate.id())));
            messages.info("cohort.enrolled", candidate.fullName());
            candidate = null;
            changed();
        } catch (InvalidValueException | ConstraintViolationException | VocationalConflictException e) {
            feedback.show(e, "enrol", Map.of("beneficiaryId", "candidate"));
        }
    }

    public void startWithdrawing(String enrollmentId) {
        withdrawingId = enrollmentId;
        reason = null;
    }

    public void cancelWithdrawing() {
        withdrawingId = null;
    }

    public void withdraw() {
        try {
            cohorts.withdraw(staff.get(), Long.parseLong(withdrawingId), new Reason(reason));
            messages.info("cohort.withdrawn", nameOf(withdrawingId));
            withdrawingId = null;
            changed();
        } catch (InvalidValueException | ConstraintViolationException | VocationalConflictException e) {
            feedback.show(e, "withdraw", Map.of("reason", "reason"));
        }
    }

    public void graduate(String enrollmentId) {
        try {
            EnrollmentSummary graduated = cohorts.graduate(staff.get(), Long.parseLong(enrollmentId));
            messages.info("cohort.graduated", nameOf(graduated.id()));
            changed();
        } catch (GraduationRefusedException e) {
            feedback.graduationRefused(nameOf(enrollmentId), e);
        } catch (VocationalConflictException e) {
            feedback.show(e, "trainees", Map.of());
        }
    }

    private String nameOf(String enrollmentId) {
        return getTrainees().stream().filter(t -> t.enrollmentId().equals(enrollmentId)).findFirst()
                .map(Trainee::fullName).orElse("");
    }

    private void changed() {
        trainees = null;
        cohort.reload();
    }

    /** The autocomplete's values: a search result by its id. */
    public Converter<BeneficiarySummary> getCandidates() {
        return new CandidateConverter(found);
    }

    private record CandidateConverter(Map<String, BeneficiarySummary> found) implements Converter<BeneficiarySummary> {
        @Override
        public BeneficiarySummary getAsObject(jakarta.faces.context.FacesContext context,
                                              jakarta.faces.component.UIComponent component, String value) {
            return value == null ? null : found.get(value);
        }

        @Override
        public String getAsString(jakarta.faces.context.FacesContext context,
                                  jakarta.faces.component.UIComponent component, BeneficiarySummary value) {
            return value == null ? "" : value.id();
        }
    }

    public BeneficiarySummary getCandidate() {
        return candidate;
    }

    public void setCandidate(BeneficiarySummary candidate) {
        this.candidate = candidate;
    }

    public String getWithdrawingId() {
        return withdrawingId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
