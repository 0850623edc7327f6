package org.sentrakreasi.vocational.application;

import java.time.LocalDate;

/** A recorded competency assessment; {@code revokedOn} is set once it was revoked. */
public record AssessmentSummary(String id, String enrollmentId, String competencyUnit, String result, String assessor,
                                LocalDate assessedOn, String certificateNumber, LocalDate validUntil,
                                LocalDate revokedOn) {
}
