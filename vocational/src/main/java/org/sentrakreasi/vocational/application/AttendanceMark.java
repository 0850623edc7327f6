package org.sentrakreasi.vocational.application;

import jakarta.validation.constraints.NotNull;
import org.sentrakreasi.vocational.domain.AttendanceStatus;

/** One line of an attendance register: who, and PRESENT, ABSENT or EXCUSED. */
public record AttendanceMark(@NotNull Long beneficiaryId, @NotNull AttendanceStatus status) {

    /** The mark as a form gives it, PRESENT, ABSENT or EXCUSED as text. */
    public static AttendanceMark of(long beneficiaryId, String status) {
        return new AttendanceMark(beneficiaryId, Choices.optional(AttendanceStatus.class, "status", status));
    }
}
