package org.sentrakreasi.vocational.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sentrakreasi.vocational.domain.BeneficiaryBuilder.aBeneficiary;
import static org.sentrakreasi.vocational.domain.BeneficiaryBuilder.clockAt;
import static org.sentrakreasi.vocational.domain.BeneficiaryBuilder.nikFor;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BeneficiaryTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 1);

    @Nested
    class Registration {

        @Test
        void keepsTheIdentityAndTheUnit() {
            Beneficiary siti = aBeneficiary().named("  Siti Aminah ").registeredOn(TODAY);

            assertThat(siti.fullName()).isEqualTo("Siti Aminah");
            assertThat(siti.unitId()).isEqualTo(1L);
            assertThat(siti.gender()).isEqualTo(Gender.F);
            assertThat(siti.birthDate()).isEqualTo(LocalDate.of(1990, 5, 17));
            assertThat(siti.nik()).contains(Nik.of("3374015705900001"));
            assertThat(siti.cluster()).isEqualTo(Cluster.PENYANDANG_DISABILITAS);
        }

        @Test
        void aPersonWithoutIdentityDocumentsIsRegisteredWithoutNik() {
            assertThat(aBeneficiary().withoutNik().registeredOn(TODAY).nik()).isEmpty();
        }

        @Test
        void aNikForAnotherBirthDateIsRefused() {
            LocalDate born = LocalDate.of(1990, 5, 17);
            assertThatThrownBy(() -> aBeneficiary().bornOn(born).withNik(nikFor(born.plusDays(1), Gender.F, "0001"))
                    .registeredOn(TODAY))
                    .isInstanceOfSatisfying(InvalidNikException.class, e -> {
                        assertThat(e.problem()).isEqualTo(NikProblem.BIRTH_DATE_MISMATCH);
                        assertThat(e.field()).isEqualTo("nik");
                    });
        }

        @Test
        void aMansNikForAWomanIsAGenderMismatch() {
            LocalDate born = LocalDate.of(1990, 5, 17);
            assertThatThrownBy(() -> aBeneficiary().bornOn(born).withNik(nikFor(born, Gender.M, "0001"))
                    .registeredOn(TODAY))
                    .isInstanceOfSatisfying(InvalidNikException.class,
                            e -> assertThat(e.problem()).isEqualTo(NikProblem.GENDER_MISMATCH));
        }

        @Test
        void aNameIsRequired() {
            assertThatThrownBy(() -> aBeneficiary().named(" ").registeredOn(TODAY))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.field()).isEqualTo("fullName"));
        }

        @Test
        void aNameLongerThanItsColumnIsRefusedByName() {
            assertThatThrownBy(() -> aBeneficiary().named("a".repeat(161)).registeredOn(TODAY))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.field()).isEqualTo("fullName"));
        }

        @Test
        void aBirthDateInTheFutureIsRefused() {
            assertThatThrownBy(() -> aBeneficiary().bornOn(TODAY.plusDays(1)).withoutNik().guardedBy("Ibu")
                    .registeredOn(TODAY))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.field()).isEqualTo("birthDate"));
        }

        @Test
        void aCorrectedNikIsCheckedAgainstTheCorrectedBirthDate() {
            Beneficiary budi = aBeneficiary().male().withoutNik().bornOn(LocalDate.of(1988, 1, 2)).registeredOn(TODAY);
            LocalDate actualBirth = LocalDate.of(1988, 2, 1);

            budi.correctIdentity("Budi Santoso", Nik.of(nikFor(actualBirth, Gender.M, "0007")), Gender.M,
                    actualBirth, clockAt(TODAY));

            assertThat(budi.birthDate()).isEqualTo(actualBirth);
            assertThat(budi.nik()).isPresent();
            assertThatThrownBy(() -> budi.correctIdentity("Budi Santoso", Nik.of(nikFor(actualBirth, Gender.M, "0007")),
                    Gender.M, actualBirth.plusYears(1), clockAt(TODAY)))
                    .isInstanceOf(InvalidNikException.class);
            assertThat(budi.birthDate()).as("a refused correction changes nothing").isEqualTo(actualBirth);
        }
    }

    @Nested
    class Minors {

        @Test
        void seventeenYearsAnd364DaysOldNeedsAGuardian() {
            LocalDate born = TODAY.minusYears(18).plusDays(1);
            assertThatThrownBy(() -> aBeneficiary().bornOn(born).registeredOn(TODAY))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.field()).isEqualTo("guardianName"));
        }

        @Test
        void onTheEighteenthBirthdayNoGuardianIsNeeded() {
            Beneficiary adult = aBeneficiary().bornOn(TODAY.minusYears(18)).registeredOn(TODAY);

            assertThat(adult.isMinorOn(TODAY)).isFalse();
            assertThat(adult.isMinorOn(TODAY.minusDays(1))).isTrue();
            assertThat(adult.guardianName()).isEmpty();
        }

        @Test
        void aMinorWithAGuardianIsRegistered() {
            Beneficiary child = aBeneficiary().bornOn(LocalDate.of(2012, 8, 1)).guardedBy("Sri Wahyuni")
                    .inCluster(Cluster.ANAK).registeredOn(TODAY);

            assertThat(child.isMinorOn(TODAY)).isTrue();
            assertThat(child.guardianName()).contains("Sri Wahyuni");
        }

        @Test
        void aBlankGuardianNameIsNoGuardian() {
            assertThatThrownBy(() -> aBeneficiary().bornOn(LocalDate.of(2012, 8, 1)).guardedBy("  ").registeredOn(TODAY))
                    .isInstanceOf(InvalidValueException.class);
        }

        @Test
        void aMinorCannotLoseTheGuardianButAnAdultCan() {
            Beneficiary child = aBeneficiary().bornOn(LocalDate.of(2012, 8, 1)).guardedBy("Sri").registeredOn(TODAY);
            Beneficiary adult = aBeneficiary().guardedBy("Sri").registeredOn(TODAY);

            assertThatThrownBy(() -> child.changeGuardian(null, clockAt(TODAY)))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.field()).isEqualTo("guardianName"));
            adult.changeGuardian(null, clockAt(TODAY));

            assertThat(child.guardianName()).contains("Sri");
            assertThat(adult.guardianName()).isEmpty();
        }

        @Test
        void aBirthDateCorrectedToAMinorsNeedsAGuardian() {
            Beneficiary person = aBeneficiary().withoutNik().registeredOn(TODAY);
            assertThatThrownBy(() -> person.correctIdentity("Siti", null, Gender.F, LocalDate.of(2010, 1, 1),
                    clockAt(TODAY)))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.field()).isEqualTo("guardianName"));
        }

        @Test
        void someoneBornOn29FebruaryComesOfAgeOn28FebruaryInACommonYear() {
            Beneficiary leapling = aBeneficiary().bornOn(LocalDate.of(2008, 2, 29)).guardedBy("Ibu").registeredOn(TODAY);

            assertThat(leapling.isMinorOn(LocalDate.of(2026, 2, 27))).isTrue();
            assertThat(leapling.isMinorOn(LocalDate.of(2026, 2, 28))).isFalse();
        }
    }

    @Nested
    class PrivateData {

        private Beneficiary everythingFilledIn() {
            Beneficiary child = aBeneficiary().named("Dewi Lestari").bornOn(LocalDate.of(2010, 4, 9))
                    .guardedBy("Sri Wahyuni").inCluster(Cluster.TUNA_SOSIAL_KORBAN_PERDAGANGAN_ORANG).registeredOn(TODAY);
            child.changeContact("Jl. Pemuda 12, Semarang", "081234567890");
            child.replaceNotes("Rujukan dari TKSK Kecamatan Candisari");
            return child;
        }

        @Test
        void toStringShowsTheIdOnly() {
            Beneficiary dewi = everythingFilledIn();

            assertThat(dewi.toString())
                    .isEqualTo("Beneficiary[id=null]")
                    .doesNotContain("Dewi", "Lestari", "Sri", "Pemuda", "0812", "TKSK", "2010", "TUNA_SOSIAL",
                            "3374", dewi.nik().orElseThrow().digits());
        }

        @Test
        void aRefusalDoesNotRepeatThePrivateValues() {
            Beneficiary dewi = everythingFilledIn();

            assertThatThrownBy(() -> dewi.changeGuardian("", clockAt(TODAY)))
                    .message().doesNotContain("Dewi", "2010", "Sri");
        }

        @Test
        void contactAndNotesAreKeptStrippedAndBlankMeansNone() {
            Beneficiary dewi = everythingFilledIn();
            assertThat(dewi.address()).contains("Jl. Pemuda 12, Semarang");
            assertThat(dewi.phone()).contains("081234567890");

            dewi.changeContact(" ", null);
            dewi.replaceNotes("");

            assertThat(dewi.address()).isEmpty();
            assertThat(dewi.phone()).isEmpty();
            assertThat(dewi.notes()).isEmpty();
        }
    }
}
