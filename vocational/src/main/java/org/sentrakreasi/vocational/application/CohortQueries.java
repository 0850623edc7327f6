package org.sentrakreasi.vocational.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.sentrakreasi.vocational.domain.Cohort;
import org.sentrakreasi.vocational.domain.CohortStatus;
import org.sentrakreasi.vocational.domain.Programme;
import org.sentrakreasi.vocational.domain.ProgrammeRepository;
import org.sentrakreasi.vocational.domain.RecordNotFoundException;

/** Cohorts as screens and the API list and show them, within the caller's unit. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CohortQueries {

    private CohortReads cohorts;
    private ProgrammeRepository programmes;
    private Clock clock;

    protected CohortQueries() {
        // for CDI proxies
    }

    @Inject
    public CohortQueries(CohortReads cohorts, ProgrammeRepository programmes, Clock clock) {
        this.cohorts = cohorts;
        this.programmes = programmes;
        this.clock = clock;
    }

    /**
     * A coordinator's own unit (asking for another is refused); an admin's choice, or all.
     * {@code status} is PLANNED, RUNNING or COMPLETED, or null for any.
     */
    public List<CohortSummary> list(@NotNull @Valid Staff staff, Long unitId, String status) {
        CohortStatus chosen = Choices.optional(CohortStatus.class, "status", status);
        return cohorts.list(staff.scopeOf(unitId), chosen).stream().map(CohortViews::summary).toList();
    }

    public CohortDetails details(@NotNull @Valid Staff staff, long cohortId) {
        Cohort cohort = visibleCohort(cohorts, staff, cohortId);
        String programmeName = programmes.find(cohort.programmeId()).map(Programme::name).orElse(null);
        return CohortViews.details(cohort, programmeName, LocalDate.now(clock));
    }

    static Cohort visibleCohort(CohortReads cohorts, Staff staff, long cohortId) {
        Cohort cohort = cohorts.find(cohortId).orElseThrow(() -> new RecordNotFoundException("cohort", cohortId));
        staff.requireAccessTo(cohort.unitId());
        return cohort;
    }
}
