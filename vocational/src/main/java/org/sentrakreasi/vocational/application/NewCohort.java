package org.sentrakreasi.vocational.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * Command: plan a cohort (angkatan) of a programme at a unit. {@code attendanceThreshold} is the
 * share of sessions to attend to graduate, in percent; absent means the default of 80.
 * Serializable: the new-cohort page keeps the one it sent, to tell a form sent twice.
 */
public record NewCohort(
        @NotNull Long programId,
        @NotNull Long unitId,
        @NotBlank @Size(max = 160) String name,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate,
        @NotNull @Min(1) @Max(10_000) Integer capacity,
        @Min(0) @Max(100) Integer attendanceThreshold) implements Serializable {
}
