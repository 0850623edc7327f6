package org.sentrakreasi.storefront.web.account.cohorts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;
import org.sentrakreasi.storefront.web.FieldErrors;
import org.sentrakreasi.storefront.web.Messages;
import org.sentrakreasi.vocational.domain.GraduationRefusedException;
import org.sentrakreasi.vocational.domain.InvalidValueException;
import org.sentrakreasi.vocational.domain.VocationalConflictException;

/**
 * Shows what the vocational services refused: a value error next to its field (the services name
 * fields as the API does; each form maps those names to its components), a refusal of the current
 * state (a full cohort, unmet graduation conditions) as a page message. Texts come from the
 * bundle ({@code cohort.invalid.<field>}, {@code cohort.conflict.<rule>}) when it has one.
 */
@RequestScoped
public class CohortFeedback {

    @Inject
    Messages messages;

    /**
     * @param form   the form's id
     * @param fields API field name to the component id within the form
     * @throws RuntimeException the problem itself when it is none of the refusals shown here
     */
    public void show(RuntimeException problem, String form, Map<String, String> fields) {
        if (problem instanceof InvalidValueException invalid) {
            field(form, fields, invalid.field(), invalid.getMessage());
        } else if (problem instanceof ConstraintViolationException violations) {
            for (ConstraintViolation<?> violation : violations.getConstraintViolations()) {
                field(form, fields, FieldErrors.fieldOf(violation), violation.getMessage());
            }
        } else if (problem instanceof VocationalConflictException conflict) {
            String key = "cohort.conflict." + conflict.getClass().getSimpleName().replaceFirst("Exception$", "");
            messages.error(messages.has(key) ? key : "cohort.conflict", conflict.getMessage());
        } else {
            throw problem;
        }
    }

    /** A refused graduation, naming the trainee and every unmet condition with the figures. */
    public void graduationRefused(String trainee, GraduationRefusedException refused) {
        StringBuilder reasons = new StringBuilder();
        if (refused.attendanceUnmet()) {
            reasons.append(refused.attendancePercent()
                    .map(rate -> messages.text("cohort.graduation.attendance", rate.toPlainString(), refused.thresholdPercent()))
                    .orElseGet(() -> messages.text("cohort.graduation.noSessions", refused.thresholdPercent())));
        }
        if (refused.competencyUnmet()) {
            reasons.append(reasons.isEmpty() ? "" : "; ").append(messages.text("cohort.graduation.competency"));
        }
        messages.error("cohort.graduation.refused", trainee, reasons);
    }

    private void field(String form, Map<String, String> fields, String field, String detail) {
        String key = "cohort.invalid." + field;
        String text = messages.has(key) ? messages.text(key) : detail;
        String component = fields.get(field);
        if (component == null) {
            messages.error("cohort.invalidField", field, text);
        } else {
            messages.errorFor(form + ":" + component, "cohort.fieldError", text);
        }
    }

}
