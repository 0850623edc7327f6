package org.sentrakreasi.vocational.application;

import jakarta.validation.constraints.NotNull;
import org.sentrakreasi.vocational.domain.AttendanceStatus;

/** One line of an attendance register: who, and PRESENT, ABSENT or EXCUSED. */
public record AttendanceMark(@NotNull Long beneficiaryId, @NotNull AttendanceStatus status) {
}
