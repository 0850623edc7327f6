package org.sentrakreasi.vocational.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A unit's figures for the coordinators' dashboard: attendance per training day of its running
 * cohorts, and per cohort how many are certified, graduated and selling, and what graduates earn.
 * {@code unitId} is null for an admin's view of every unit. Nothing here names a beneficiary.
 */
public record UnitDashboard(String unitId, List<DayAttendance> attendance, List<CohortFigures> cohorts) {

    /**
     * The marks of one training day, over the held sessions of the running cohorts on that day and
     * everyone enrolled by then; an unmarked trainee counts as absent, as for graduation.
     * {@code rate} is present over present and absent in percent (EXCUSED left out), null when
     * nothing counted.
     */
    public record DayAttendance(LocalDate date, int present, int absent, int excused, BigDecimal rate) {
    }

    /**
     * One cohort: {@code enrolled} places taken, {@code certified} of them with a KOMPETEN
     * certificate in force, {@code certificationRate} certified over enrolled in percent (null
     * without enrolments), {@code graduates}, those of them {@code withSales} since graduating,
     * their {@code salesTotal} and {@code medianMonthlyIncome} in whole rupiah (see
     * {@link CohortOutcome}: zero until orders exist, never estimated).
     */
    public record CohortFigures(String cohortId, String name, String status, LocalDate startDate, int enrolled,
                                int certified, BigDecimal certificationRate, int graduates, int withSales,
                                long salesTotal, long medianMonthlyIncome) {
    }
}
