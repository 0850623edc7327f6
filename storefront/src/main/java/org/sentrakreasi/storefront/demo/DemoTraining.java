package org.sentrakreasi.storefront.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sentrakreasi.catalog.application.ListingService;
import org.sentrakreasi.storefront.demo.DemoCatalog.DemoMaker;
import org.sentrakreasi.storefront.demo.DemoTrainees.DemoProgramme;
import org.sentrakreasi.storefront.demo.DemoTrainees.DemoTrainee;
import org.sentrakreasi.vocational.application.AttendanceMark;
import org.sentrakreasi.vocational.application.BeneficiaryService;
import org.sentrakreasi.vocational.application.CohortQueries;
import org.sentrakreasi.vocational.application.CohortService;
import org.sentrakreasi.vocational.application.ConsentDecision;
import org.sentrakreasi.vocational.application.Enrol;
import org.sentrakreasi.vocational.application.NewCohort;
import org.sentrakreasi.vocational.application.NewMakerProfile;
import org.sentrakreasi.vocational.application.NewProgramme;
import org.sentrakreasi.vocational.application.NewSession;
import org.sentrakreasi.vocational.application.ProgrammeService;
import org.sentrakreasi.vocational.application.ProgrammeSummary;
import org.sentrakreasi.vocational.application.RecordAssessment;
import org.sentrakreasi.vocational.application.RegisterBeneficiary;
import org.sentrakreasi.vocational.application.Staff;
import org.sentrakreasi.vocational.domain.AssessmentResult;
import org.sentrakreasi.vocational.domain.AttendanceStatus;
import org.sentrakreasi.vocational.domain.Cluster;
import org.sentrakreasi.vocational.domain.ConsentField;
import org.sentrakreasi.vocational.domain.Gender;

/**
 * The demo units' training records, entered through the vocational services as a coordinator would:
 * the people behind the demo makers, with consent to show their name, story and region, and their
 * public maker profiles (the demo products then belong to those makers); per unit one completed
 * cohort they graduated from and one running cohort with people still in training. A unit that
 * has its demo cohorts already is left alone, so a restart adds nothing.
 */
@ApplicationScoped
public class DemoTraining {

    static final String COMPLETED_COHORT = "Angkatan I (demo)";
    static final String RUNNING_COHORT = "Angkatan II (demo)";
    private static final Staff DEMO = Staff.admin("demo");
    private static final List<ConsentField> SHOWN = List.of(ConsentField.DISPLAY_NAME, ConsentField.STORY,
            ConsentField.REGION);

    @Inject
    ProgrammeService programmes;

    @Inject
    CohortService cohorts;

    @Inject
    CohortQueries cohortQueries;

    @Inject
    BeneficiaryService beneficiaries;

    @Inject
    ListingService listings;

    @Inject
    Clock clock;

    void seed(Map<String, Long> unitIds, List<DemoMaker> makers) {
        Map<String, DemoMaker> makersByName = makers.stream()
                .collect(Collectors.toMap(DemoMaker::displayName, Function.identity()));
        List<DemoTrainee> everyone = DemoTrainees.trainees();
        for (DemoProgramme programme : DemoTrainees.programmes()) {
            long unitId = unitIds.get(programme.unitCode());
            if (hasDemoCohorts(unitId)) {
                continue;
            }
            List<Long> graduates = new ArrayList<>();
            List<Long> inTraining = new ArrayList<>();
            for (DemoTrainee trainee : everyone) {
                if (!trainee.unitCode().equals(programme.unitCode())) {
                    continue;
                }
                long id = register(trainee, unitId, everyone.indexOf(trainee) + 1);
                if (trainee.makerName() == null) {
                    inTraining.add(id);
                } else {
                    publishProfile(id, unitId, makersByName.get(trainee.makerName()));
                    graduates.add(id);
                }
            }
            long programmeId = programme(programme);
            completedCohort(programmeId, unitId, graduates, programme.unitCode());
            runningCohort(programmeId, unitId, inTraining);
        }
    }

    private boolean hasDemoCohorts(long unitId) {
        return cohortQueries.list(DEMO, unitId, null).stream()
                .anyMatch(cohort -> cohort.name().equals(COMPLETED_COHORT));
    }

    /** Registered once: a start that stopped half-way finds the person by NIK. */
    private long register(DemoTrainee trainee, long unitId, int serial) {
        String nik = trainee.nik(serial);
        return beneficiaries.search(DEMO, nik).stream().findFirst()
                .map(found -> Long.parseLong(found.id()))
                .orElseGet(() -> beneficiaries.register(DEMO, new RegisterBeneficiary(trainee.fullName(), nik,
                        Gender.valueOf(trainee.gender()), trainee.birthDate(), Cluster.valueOf(trainee.cluster()),
                        unitId, trainee.guardianName(), trainee.guardianName() != null, null, null,
                        DemoTrainees.FICTION_NOTE)));
    }

    /**
     * The maker profile is this person's unless a maker of that name exists already without one
     * (a data directory from before the demo had trainees): then it stays as it was.
     */
    private void publishProfile(long beneficiaryId, long unitId, DemoMaker maker) {
        if (listings.findMaker(unitId, maker.displayName()).isPresent()) {
            return;
        }
        for (ConsentField field : SHOWN) {
            beneficiaries.decideConsent(DEMO, beneficiaryId, new ConsentDecision(field, true, false));
        }
        beneficiaries.publishMakerProfile(DEMO, beneficiaryId,
                new NewMakerProfile(maker.displayName(), maker.story(), false, maker.region()));
    }

    private long programme(DemoProgramme programme) {
        Map<String, String> existing = new HashMap<>();
        for (ProgrammeSummary known : programmes.all()) {
            existing.put(known.name(), known.id());
        }
        String id = existing.get(programme.name());
        return id != null ? Long.parseLong(id)
                : Long.parseLong(programmes.create(DEMO, new NewProgramme(programme.name(), programme.description())).id());
    }

    /** Trained over the last two months, assessed competent and graduated today. */
    private void completedCohort(long programmeId, long unitId, List<Long> people, String unitCode) {
        LocalDate today = LocalDate.now(clock);
        long cohortId = Long.parseLong(cohorts.create(DEMO, new NewCohort(programmeId, unitId, COMPLETED_COHORT,
                today.minusDays(60), today, 10, null)).id());
        cohorts.start(DEMO, cohortId);
        List<Long> enrollments = new ArrayList<>();
        for (long person : people) {
            enrollments.add(Long.parseLong(cohorts.enrol(DEMO, cohortId, new Enrol(person)).id()));
        }
        long sessionId = Long.parseLong(cohorts.addSession(DEMO, cohortId, new NewSession(today, "Uji kompetensi")).id());
        cohorts.recordAttendance(DEMO, sessionId,
                people.stream().map(person -> new AttendanceMark(person, AttendanceStatus.PRESENT)).toList());
        for (int i = 0; i < enrollments.size(); i++) {
            long enrollment = enrollments.get(i);
            cohorts.assess(DEMO, enrollment, new RecordAssessment("Mengolah produk sesuai standar (fiktif)",
                    AssessmentResult.KOMPETEN, "Asesor Demo (fiktif)", today,
                    "FIKTIF-" + unitCode + "-" + (i + 1), today.plusYears(3)));
            cohorts.graduate(DEMO, enrollment);
        }
        cohorts.complete(DEMO, cohortId);
    }

    /** Started two weeks ago; today's session recorded, one person excused. */
    private void runningCohort(long programmeId, long unitId, List<Long> people) {
        LocalDate today = LocalDate.now(clock);
        long cohortId = Long.parseLong(cohorts.create(DEMO, new NewCohort(programmeId, unitId, RUNNING_COHORT,
                today.minusDays(14), today.plusDays(75), 8, null)).id());
        cohorts.start(DEMO, cohortId);
        for (long person : people) {
            cohorts.enrol(DEMO, cohortId, new Enrol(person));
        }
        if (people.isEmpty()) {
            return;
        }
        long sessionId = Long.parseLong(cohorts.addSession(DEMO, cohortId, new NewSession(today, "Praktik dasar")).id());
        List<AttendanceMark> marks = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            marks.add(new AttendanceMark(people.get(i), i == 1 ? AttendanceStatus.EXCUSED : AttendanceStatus.PRESENT));
        }
        cohorts.recordAttendance(DEMO, sessionId, marks);
    }
}
