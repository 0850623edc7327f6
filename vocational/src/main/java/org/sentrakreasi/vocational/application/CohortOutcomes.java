package org.sentrakreasi.vocational.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.sentrakreasi.vocational.domain.Cohort;
import org.sentrakreasi.vocational.domain.Enrollment;
import org.sentrakreasi.vocational.domain.EnrollmentStatus;
import org.sentrakreasi.vocational.domain.IncomeBand;
import org.sentrakreasi.vocational.domain.OutcomeFollowUp;
import org.sentrakreasi.vocational.domain.WorkStatus;

/**
 * A cohort's economic-independence outcome (API.md {@code GET /api/v1/cohorts/{id}/outcomes}):
 * from what its graduates list and sell as makers, asked of {@link GraduateActivity} with the
 * opaque beneficiary references, and from the follow-up answers. Nothing of it is stored: before
 * the first order the sales figures are zero, not estimated.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CohortOutcomes {

    private CohortReads cohorts;
    private GraduateActivity activity;
    private Clock clock;

    protected CohortOutcomes() {
        // for CDI proxies
    }

    @Inject
    public CohortOutcomes(CohortReads cohorts, GraduateActivity activity, Clock clock) {
        this.cohorts = cohorts;
        this.activity = activity;
        this.clock = clock;
    }

    public CohortOutcome outcomes(@NotNull @Valid Staff staff, long cohortId) {
        return outcomeOf(CohortQueries.visibleCohort(cohorts, staff, cohortId), activity, LocalDate.now(clock));
    }

    /** The figures of a cohort the caller may see (checked by the caller), also for the unit dashboard. */
    static CohortOutcome outcomeOf(Cohort cohort, GraduateActivity activity, LocalDate today) {
        Map<String, LocalDate> graduatedOn = cohort.enrollments().stream()
                .filter(e -> e.status() == EnrollmentStatus.GRADUATED)
                .collect(Collectors.toMap(e -> BeneficiaryRef.of(e.beneficiaryId()), e -> e.graduatedOn().orElseThrow(),
                        (first, second) -> first));
        Set<String> graduates = graduatedOn.keySet();
        return outcome(String.valueOf(cohort.id()), graduatedOn,
                graduates.isEmpty() ? Set.of() : activity.withListings(graduates),
                graduates.isEmpty() ? List.of() : activity.sales(graduates),
                followUps(cohort.enrollments()), today);
    }

    /** The figures from the graduates' graduation days, their listings and sales; pure, for tests. */
    static CohortOutcome outcome(String cohortId, Map<String, LocalDate> graduatedOn, Set<String> withListings,
                                 List<GraduateActivity.Sale> sales, List<CohortOutcome.FollowUpAnswers> followUps,
                                 LocalDate today) {
        Map<String, List<GraduateActivity.Sale>> salesByGraduate = sales.stream()
                .collect(Collectors.groupingBy(GraduateActivity.Sale::beneficiaryRef));
        long total = 0;
        int withSales = 0;
        List<Long> monthlyIncomes = new ArrayList<>();
        for (Map.Entry<String, LocalDate> graduate : graduatedOn.entrySet()) {
            List<GraduateActivity.Sale> own = salesByGraduate.getOrDefault(graduate.getKey(), List.of());
            long since = IncomeSinceGraduation.salesSince(graduate.getValue(), own);
            total += since;
            if (since > 0) {
                withSales++;
            }
            monthlyIncomes.add(IncomeSinceGraduation.monthlyIncome(graduate.getValue(), today, own));
        }
        int listed = (int) graduatedOn.keySet().stream().filter(withListings::contains).count();
        return new CohortOutcome(cohortId, graduatedOn.size(), listed, withSales, total,
                IncomeSinceGraduation.median(monthlyIncomes), "IDR", followUps);
    }

    /** Answers of everyone followed up (graduates and those who withdrew), per month, every category shown. */
    static List<CohortOutcome.FollowUpAnswers> followUps(List<Enrollment> enrollments) {
        List<OutcomeFollowUp> all = enrollments.stream().flatMap(e -> e.followUps().stream()).toList();
        Set<Integer> months = new TreeSet<>(OutcomeFollowUp.MONTHS);
        List<CohortOutcome.FollowUpAnswers> answers = new ArrayList<>();
        for (int month : months) {
            List<OutcomeFollowUp> ofMonth = all.stream().filter(f -> f.month() == month).toList();
            Map<String, Integer> work = new LinkedHashMap<>();
            for (WorkStatus status : WorkStatus.values()) {
                work.put(status.name(), (int) ofMonth.stream().filter(f -> f.workStatus() == status).count());
            }
            Map<String, Integer> income = new LinkedHashMap<>();
            for (IncomeBand band : IncomeBand.values()) {
                income.put(band.name(), (int) ofMonth.stream().filter(f -> f.incomeBand() == band).count());
            }
            answers.add(new CohortOutcome.FollowUpAnswers(month, ofMonth.size(), work, income));
        }
        return answers;
    }
}
