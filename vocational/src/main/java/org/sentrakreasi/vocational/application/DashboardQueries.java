package org.sentrakreasi.vocational.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sentrakreasi.vocational.domain.AttendanceRate;
import org.sentrakreasi.vocational.domain.AttendanceStatus;
import org.sentrakreasi.vocational.domain.Cohort;
import org.sentrakreasi.vocational.domain.CohortStatus;
import org.sentrakreasi.vocational.domain.Enrollment;
import org.sentrakreasi.vocational.domain.TrainingSession;

/**
 * The unit dashboard's figures, read from the cohorts of the caller's unit (an admin: the unit
 * asked for, or all). Counts only: no beneficiary is named, so reading it is not audited.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DashboardQueries {

    private CohortReads cohorts;
    private GraduateActivity activity;
    private Clock clock;

    protected DashboardQueries() {
        // for CDI proxies
    }

    @Inject
    public DashboardQueries(CohortReads cohorts, GraduateActivity activity, Clock clock) {
        this.cohorts = cohorts;
        this.activity = activity;
        this.clock = clock;
    }

    /**
     * @param unitId for an admin the unit to show (null: every unit); a coordinator's own unit
     *               whatever is asked, and another unit is refused
     * @throws AccessDeniedException when a coordinator asks for another unit
     */
    public UnitDashboard unit(@NotNull @Valid Staff staff, Long unitId) {
        Long scope = staff.scopeOf(unitId);
        LocalDate today = LocalDate.now(clock);
        List<Cohort> all = cohorts.list(scope, null);
        List<UnitDashboard.CohortFigures> figures = new ArrayList<>();
        for (Cohort cohort : all) {
            figures.add(figures(cohort, today));
        }
        return new UnitDashboard(scope == null ? null : String.valueOf(scope),
                attendanceByDay(all.stream().filter(c -> c.status() == CohortStatus.RUNNING).toList()), figures);
    }

    private UnitDashboard.CohortFigures figures(Cohort cohort, LocalDate today) {
        CohortDetails details = CohortViews.details(cohort, null, today);
        CohortOutcome outcome = CohortOutcomes.outcomeOf(cohort, activity, today);
        return new UnitDashboard.CohortFigures(details.id(), details.name(), details.status(), details.startDate(),
                details.enrolled(), details.certified(), percent(details.certified(), details.enrolled()),
                outcome.graduates(), outcome.graduatesWithSales(), outcome.salesTotal(), outcome.medianMonthlyIncome());
    }

    /** Per training day, oldest first: the held sessions of those cohorts on that day, added up. */
    static List<UnitDashboard.DayAttendance> attendanceByDay(List<Cohort> running) {
        Map<LocalDate, List<AttendanceStatus>> marks = new TreeMap<>();
        for (Cohort cohort : running) {
            for (TrainingSession session : cohort.sessions()) {
                if (!session.isHeld()) {
                    continue;
                }
                List<AttendanceStatus> day = marks.computeIfAbsent(session.date(), d -> new ArrayList<>());
                for (Enrollment enrollment : cohort.enrollments()) {
                    if (wasEnrolledOn(enrollment, session.date())) {
                        day.add(session.attendanceOf(enrollment).orElse(AttendanceStatus.ABSENT));
                    }
                }
            }
        }
        List<UnitDashboard.DayAttendance> days = new ArrayList<>();
        marks.forEach((date, statuses) -> {
            AttendanceRate rate = AttendanceRate.of(statuses);
            days.add(new UnitDashboard.DayAttendance(date, rate.present(), rate.absent(), rate.excused(),
                    percent(rate.present(), rate.counted())));
        });
        return days;
    }

    /** A trainee who withdrew later still counts for the days before: the past does not change. */
    private static boolean wasEnrolledOn(Enrollment enrollment, LocalDate day) {
        return !day.isBefore(enrollment.enrolledOn())
                && enrollment.withdrawnOn().map(day::isBefore).orElse(true);
    }

    /** One decimal, rounded down like attendance rates, so that no figure is overstated; null for 0 of 0. */
    static BigDecimal percent(int part, int whole) {
        if (whole == 0) {
            return null;
        }
        BigDecimal rate = BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.DOWN)
                .stripTrailingZeros();
        return rate.scale() < 0 ? rate.setScale(0) : rate;
    }
}
