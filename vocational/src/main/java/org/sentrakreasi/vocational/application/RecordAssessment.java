package org.sentrakreasi.vocational.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.sentrakreasi.vocational.domain.AssessmentResult;

/**
 * Command: record an assessor's result for a competency unit. {@code assessedOn} absent means
 * today; a KOMPETEN result needs its certificate number (checked by the domain).
 */
public record RecordAssessment(
        @NotBlank @Size(max = 300) String competencyUnit,
        @NotNull AssessmentResult result,
        @NotBlank @Size(max = 160) String assessor,
        LocalDate assessedOn,
        @Size(max = 80) String certificateNumber,
        LocalDate validUntil) {

    /** The command as a form gives it, the result KOMPETEN or BELUM_KOMPETEN as text. */
    public static RecordAssessment of(String competencyUnit, String result, String assessor, LocalDate assessedOn,
                                      String certificateNumber, LocalDate validUntil) {
        return new RecordAssessment(competencyUnit, Choices.optional(AssessmentResult.class, "result", result),
                assessor, assessedOn, certificateNumber, validUntil);
    }
}
