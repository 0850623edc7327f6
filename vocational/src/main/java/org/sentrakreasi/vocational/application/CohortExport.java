package org.sentrakreasi.vocational.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sentrakreasi.vocational.domain.Beneficiary;
import org.sentrakreasi.vocational.domain.BeneficiaryRepository;
import org.sentrakreasi.vocational.domain.Cohort;
import org.sentrakreasi.vocational.domain.Enrollment;
import org.sentrakreasi.vocational.domain.Nik;

/**
 * A cohort's enrolments as a CSV file for the unit's own reporting. Every beneficiary in it is
 * audited as exported; the NIK column is in admins' files only.
 */
@ApplicationScoped
@Transactional
public class CohortExport {

    private CohortReads cohorts;
    private BeneficiaryRepository beneficiaries;
    private Auditor auditor;
    private Clock clock;

    protected CohortExport() {
        // for CDI proxies
    }

    @Inject
    public CohortExport(CohortReads cohorts, BeneficiaryRepository beneficiaries, Auditor auditor, Clock clock) {
        this.cohorts = cohorts;
        this.beneficiaries = beneficiaries;
        this.auditor = auditor;
        this.clock = clock;
    }

    public String csv(@NotNull @Valid Staff staff, long cohortId) {
        Cohort cohort = CohortQueries.visibleCohort(cohorts, staff, cohortId);
        boolean withNik = staff.isAdmin();
        LocalDate today = LocalDate.now(clock);
        List<CohortCsv.Row> rows = new ArrayList<>();
        for (Enrollment enrollment : cohort.enrollments()) {
            Beneficiary beneficiary = beneficiaries.get(enrollment.beneficiaryId());
            rows.add(new CohortCsv.Row(enrollment.id(), enrollment.beneficiaryId(), beneficiary.fullName(),
                    withNik ? beneficiary.nik().map(Nik::digits).orElse(null) : null, enrollment.status().name(),
                    enrollment.enrolledOn(), enrollment.attendanceRate().percent().orElse(null),
                    enrollment.assessments().stream().anyMatch(a -> a.certifiesCompetenceOn(today)),
                    enrollment.graduatedOn().orElse(null), enrollment.withdrawnOn().orElse(null)));
            auditor.record(staff, AuditAction.EXPORT, enrollment.beneficiaryId(), CohortCsv.columns(withNik));
        }
        return CohortCsv.write(rows, withNik);
    }
}
