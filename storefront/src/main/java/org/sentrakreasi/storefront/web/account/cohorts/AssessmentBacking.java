package org.sentrakreasi.storefront.web.account.cohorts;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sentrakreasi.storefront.security.CurrentStaff;
import org.sentrakreasi.storefront.web.Messages;
import org.sentrakreasi.storefront.web.account.RecordIds;
import org.sentrakreasi.vocational.application.CohortRoster;
import org.sentrakreasi.vocational.application.CohortService;
import org.sentrakreasi.vocational.application.Reason;
import org.sentrakreasi.vocational.application.RecordAssessment;
import org.sentrakreasi.vocational.application.TraineeRecord;
import org.sentrakreasi.vocational.domain.InvalidValueException;
import org.sentrakreasi.vocational.domain.VocationalConflictException;

/**
 * A trainee's competency assessments (akun/kohort/asesmen.xhtml?id=enrolment): record one (a
 * KOMPETEN result with its certificate number), revoke one with a reason, or record an exemption.
 */
@Named
@ViewScoped
public class AssessmentBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<String> RESULTS = List.of("KOMPETEN", "BELUM_KOMPETEN");
    private static final Map<String, String> FIELDS = Map.of("competencyUnit", "unit", "result", "result",
            "assessor", "assessor", "assessedOn", "assessed-on", "certificateNumber", "certificate",
            "validUntil", "valid-until");

    @Inject
    transient CohortRoster roster;

    @Inject
    transient CohortService cohorts;

    @Inject
    transient CurrentStaff staff;

    @Inject
    transient CohortFeedback feedback;

    @Inject
    transient Messages messages;

    private String id;
    private transient TraineeRecord record;

    private String competencyUnit;
    private String result = "KOMPETEN";
    private String assessor;
    private LocalDate assessedOn;
    private String certificateNumber;
    private LocalDate validUntil;
    private String revokingId;
    private String revokeReason;
    private String exemptionReason;

    /** f:viewAction: the enrolment named by ?id=, or the 404 / 403 page. */
    public void load() {
        record = roster.trainee(staff.get(), enrollmentId());
    }

    public TraineeRecord getRecord() {
        if (record == null) {
            load();
        }
        return record;
    }

    public void assess() {
        try {
            cohorts.assess(staff.get(), enrollmentId(), RecordAssessment.of(competencyUnit, result, assessor,
                    assessedOn, certificateNumber, validUntil));
            messages.info("cohort.assessment.recorded", competencyUnit);
            competencyUnit = null;
            certificateNumber = null;
            validUntil = null;
            assessedOn = null;
            load();
        } catch (InvalidValueException | ConstraintViolationException | VocationalConflictException e) {
            feedback.show(e, "assessment", FIELDS);
        }
    }

    public void startRevoking(String assessmentId) {
        revokingId = assessmentId;
        revokeReason = null;
    }

    public void cancelRevoking() {
        revokingId = null;
    }

    public void revoke() {
        try {
            cohorts.revokeAssessment(staff.get(), enrollmentId(), Long.parseLong(revokingId), new Reason(revokeReason));
            messages.info("cohort.assessment.revoked");
            revokingId = null;
            load();
        } catch (InvalidValueException | ConstraintViolationException | VocationalConflictException e) {
            feedback.show(e, "revoke", Map.of("reason", "reason"));
        }
    }

    public void exempt() {
        try {
            cohorts.exempt(staff.get(), enrollmentId(), new Reason(exemptionReason));
            messages.info("cohort.exemption.recorded");
            exemptionReason = null;
            load();
        } catch (InvalidValueException | ConstraintViolationException | VocationalConflictException e) {
            feedback.show(e, "exemption", Map.of("reason", "reason"));
        }
    }

    private long enrollmentId() {
        return RecordIds.parse("enrollment", id);
    }

    public boolean isEnrolled() {
        return "ENROLLED".equals(getRecord().trainee().status());
    }

    public List<String> getResults() {
        return RESULTS;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getCompetencyUnit() {
        return competencyUnit;
    }

    public void setCompetencyUnit(String competencyUnit) {
        this.competencyUnit = competencyUnit;
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }

    public String getAssessor() {
        return assessor;
    }

    public void setAssessor(String assessor) {
        this.assessor = assessor;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public void setAssessedOn(LocalDate assessedOn) {
        this.assessedOn = assessedOn;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public void setCertificateNumber(String certificateNumber) {
        this.certificateNumber = certificateNumber;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public String getRevokingId() {
        return revokingId;
    }

    public String getRevokeReason() {
        return revokeReason;
    }

    public void setRevokeReason(String revokeReason) {
        this.revokeReason = revokeReason;
    }

    public String getExemptionReason() {
        return exemptionReason;
    }

    public void setExemptionReason(String exemptionReason) {
        this.exemptionReason = exemptionReason;
    }
}
