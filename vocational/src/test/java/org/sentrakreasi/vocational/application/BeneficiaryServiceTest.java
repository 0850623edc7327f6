package org.sentrakreasi.vocational.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sentrakreasi.vocational.domain.Cluster;
import org.sentrakreasi.vocational.domain.ConsentField;
import org.sentrakreasi.vocational.domain.Gender;
import org.sentrakreasi.vocational.domain.InvalidValueException;
import org.sentrakreasi.vocational.domain.Unit;
import org.sentrakreasi.vocational.domain.UnitType;

class BeneficiaryServiceTest {

    private static final long BEKASI = 1;
    private static final long MAGELANG = 2;
    private static final String NIK = "3374015705900001"; // a woman born 17 May 1990
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T02:00:00Z"), ZoneOffset.UTC);

    private final Fakes.Beneficiaries beneficiaries = new Fakes.Beneficiaries();
    private final Fakes.Audit audit = new Fakes.Audit();
    private final RecordingProfiles profiles = new RecordingProfiles();
    private final BeneficiaryService service = new BeneficiaryService(beneficiaries,
            new Fakes.Units().with(BEKASI, new Unit("BEKASI", "Balai Bekasi", UnitType.BALAI, "Kota Bekasi"))
                    .with(MAGELANG, new Unit("MAGELANG", "SKA Magelang", UnitType.BALAI, "Kabupaten Magelang")),
            profiles, new Auditor(audit, CLOCK), CLOCK);

    /** The public side, recording what it was asked to show and take down. */
    static final class RecordingProfiles implements PublicMakerProfiles {
        final List<String> calls = new ArrayList<>();

        @Override
        public long publish(String beneficiaryRef, long unitId, PublicFields fields) {
            calls.add("publish " + beneficiaryRef + " " + fields);
            return 7;
        }

        @Override
        public void withdraw(String beneficiaryRef, ConsentField field) {
            calls.add("withdraw " + beneficiaryRef + " " + field);
        }
    }

    @Test
    void aMakerProfileShowsConsentedFieldsOnlyAndAWithdrawalTakesOneDownAtOnce() {
        Staff coordinator = Staff.coordinator("koordinator.bekasi", BEKASI);
        long id = service.register(coordinator, siti(BEKASI));
        NewMakerProfile wanted = new NewMakerProfile("Bu Siti", "Menjahit sejak 2020", true, null);
        assertThatThrownBy(() -> service.publishMakerProfile(coordinator, id, wanted))
                .isInstanceOf(ConsentMissingException.class);

        service.decideConsent(coordinator, id, new ConsentDecision(ConsentField.DISPLAY_NAME, true, null));
        service.decideConsent(coordinator, id, new ConsentDecision(ConsentField.REGION, true, null));
        MakerProfileSummary profile = service.publishMakerProfile(coordinator, id, wanted);
        assertThat(profile).isEqualTo(new MakerProfileSummary("7", "1", "Bu Siti", null, "Kota Bekasi", false));

        service.decideConsent(coordinator, id, new ConsentDecision(ConsentField.REGION, false, null));
        assertThat(profiles.calls).containsExactly(
                "publish 1 PublicFields[displayName=Bu Siti, story=null, region=Kota Bekasi, showPhoto=false]",
                "withdraw 1 REGION");
    }

    @Test
    void aDuplicateNikFromAnotherUnitIsRefusedWithoutNamingTheOtherRecord() {
        service.register(Staff.coordinator("koordinator.bekasi", BEKASI), siti(BEKASI));

        assertThatThrownBy(() -> service.register(Staff.coordinator("koordinator.magelang", MAGELANG), siti(MAGELANG)))
                .isInstanceOf(AlreadyRegisteredException.class)
                .hasMessage("NIK already registered");
        assertThatThrownBy(() -> service.register(Staff.admin("admin"), siti(MAGELANG)))
                .hasMessage("NIK already registered, as beneficiary 1");
    }

    @Test
    void aCoordinatorRegistersOnlyInTheOwnUnit() {
        assertThatThrownBy(() -> service.register(Staff.coordinator("koordinator.bekasi", BEKASI), siti(MAGELANG)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(beneficiaries.byId).isEmpty();
    }

    @Test
    void aMinorIsRegisteredWithTheGuardiansConsent() {
        RegisterBeneficiary child = new RegisterBeneficiary("Adi", null, Gender.M, LocalDate.of(2012, 4, 1),
                Cluster.ANAK, BEKASI, "Ibu Adi", false, null, null, null);
        assertThatThrownBy(() -> service.register(Staff.admin("admin"), child))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("guardianConsent");
    }

    @Test
    void registrationsReadsAndSearchesAreAuditedWithFieldNamesNeverValues() {
        Staff coordinator = Staff.coordinator("koordinator.bekasi", BEKASI);
        long id = service.register(coordinator, siti(BEKASI));
        service.details(coordinator, id);
        service.search(coordinator, "aminah");
        service.search(coordinator, NIK);

        assertThat(audit.events).extracting(AuditEvent::action)
                .containsExactly(AuditAction.REGISTER, AuditAction.READ, AuditAction.SEARCH, AuditAction.SEARCH);
        assertThat(audit.events).allSatisfy(event -> {
            assertThat(event.beneficiaryId()).isEqualTo(id);
            assertThat(event.username()).isEqualTo("koordinator.bekasi");
            assertThat(event.toString()).doesNotContain(NIK).doesNotContain("Aminah").doesNotContain("1990")
                    .doesNotContain("0812").doesNotContain("Jalan");
        });
        assertThat(audit.events.get(0).fields()).contains("fullName", "nik", "birthDate", "phone", "address");
    }

    @Test
    void searchesStayWithinTheCallersUnit() {
        service.register(Staff.admin("admin"), siti(BEKASI));
        Staff magelang = Staff.coordinator("koordinator.magelang", MAGELANG);
        assertThat(service.search(magelang, "aminah")).isEmpty();
        assertThat(service.search(magelang, NIK)).isEmpty();
        assertThatThrownBy(() -> service.details(magelang, 1)).isInstanceOf(AccessDeniedException.class);
        assertThat(service.search(Staff.coordinator("koordinator.bekasi", BEKASI), "AMINAH"))
                .singleElement().satisfies(found -> assertThat(found.nik()).isEqualTo("************0001"));
    }

    @Test
    void theConsentScreenShowsEachFieldsLatestDecisionWithWhoAndWhenAndTheHistory() {
        Staff coordinator = Staff.coordinator("koordinator.bekasi", BEKASI);
        long id = service.register(coordinator, siti(BEKASI));
        service.decideConsent(coordinator, id, ConsentDecision.of("STORY", true, null));
        service.decideConsent(Staff.admin("admin"), id, ConsentDecision.of("STORY", false, null));
        service.decideConsent(coordinator, id, ConsentDecision.of("REGION", true, null));

        ConsentOverview overview = service.consents(coordinator, id);

        assertThat(overview.guardianConsentRequired()).isFalse();
        assertThat(overview.fields()).extracting(ConsentOverview.FieldConsent::field)
                .containsExactly("DISPLAY_NAME", "PHOTO", "STORY", "REGION");
        assertThat(overview.fields().get(0).decided()).isFalse();
        assertThat(overview.fields().get(0).granted()).isFalse();
        assertThat(overview.fields().get(2)).isEqualTo(new ConsentOverview.FieldConsent("STORY", false, true, false,
                "admin", CLOCK.instant()));
        assertThat(overview.fields().get(3).granted()).isTrue();
        assertThat(overview.history()).extracting(ConsentSummary::sequence).containsExactly(1, 2, 3);
        assertThat(audit.events.get(audit.events.size() - 1).action()).isEqualTo(AuditAction.READ);
        assertThat(audit.events.get(audit.events.size() - 1).fields()).containsExactly("consents");
        assertThatThrownBy(() -> service.consents(Staff.coordinator("koordinator.magelang", MAGELANG), id))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aMinorsGrantNeedsTheGuardianAndTheScreenSaysSo() {
        Staff coordinator = Staff.coordinator("koordinator.bekasi", BEKASI);
        long id = service.register(coordinator, RegisterBeneficiary.fromForm("Adi", null, "M", LocalDate.of(2012, 4, 1),
                "ANAK", BEKASI, "Ibu Adi", true, null, null, null));

        assertThat(service.consents(coordinator, id).guardianConsentRequired()).isTrue();
        assertThatThrownBy(() -> service.decideConsent(coordinator, id, ConsentDecision.of("PHOTO", true, false)))
                .isInstanceOf(InvalidValueException.class);
        service.decideConsent(coordinator, id, ConsentDecision.of("PHOTO", true, true));
        assertThat(service.consents(coordinator, id).fields().get(1).guardianConsent()).isTrue();
    }

    @Test
    void formChoicesAreReadByNameAndAnUnknownOneNamesItsField() {
        assertThat(RegisterBeneficiary.GENDERS).containsExactly("F", "M");
        assertThat(RegisterBeneficiary.CLUSTERS).contains("ANAK", "LANJUT_USIA");
        assertThat(RegisterBeneficiary.fromForm("Siti", null, null, null, " anak ", BEKASI, null, null, null, null,
                null).gender()).isNull();
        assertThatThrownBy(() -> RegisterBeneficiary.fromForm("Siti", null, "X", null, null, BEKASI, null, null, null,
                null, null)).isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("gender");
        assertThatThrownBy(() -> ConsentDecision.of("NIK", true, null))
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("field");
    }

    private static RegisterBeneficiary siti(long unitId) {
        return new RegisterBeneficiary("Siti Aminah", NIK, Gender.F, LocalDate.of(1990, 5, 17),
                Cluster.PENYANDANG_DISABILITAS, unitId, null, null, "Jalan Mawar 3", "081234567890", null);
    }
}
