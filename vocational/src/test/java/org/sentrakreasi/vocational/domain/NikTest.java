package org.sentrakreasi.vocational.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NikTest {

    private static final LocalDate BORN = LocalDate.of(1990, 5, 17);
    private static final String MAN = "3374011705900001";
    private static final String WOMAN = "3374015705900002";

    @Test
    void aManHasHisDayOfBirthAsItIs() {
        assertThat(Nik.of(MAN).agreesWith(BORN, Gender.M)).isTrue();
    }

    @Test
    void aWomanHasFortyAddedToHerDayOfBirth() {
        assertThat(Nik.of(WOMAN).agreesWith(BORN, Gender.F)).isTrue();
        assertThat(Nik.of(WOMAN).agreesWith(BORN, Gender.M)).isFalse();
    }

    @Test
    void aWomanBornOnThe31stHasDay71() {
        assertThat(Nik.of("3374017112850003").agreesWith(LocalDate.of(1985, 12, 31), Gender.F)).isTrue();
    }

    @Test
    void onlyTheLastTwoDigitsOfTheYearAreCompared() {
        Nik nik = Nik.of("3374010103050001");
        assertThat(nik.agreesWith(LocalDate.of(2005, 3, 1), Gender.M)).isTrue();
        assertThat(nik.agreesWith(LocalDate.of(1905, 3, 1), Gender.M)).isTrue();
        assertThat(nik.agreesWith(LocalDate.of(2006, 3, 1), Gender.M)).isFalse();
    }

    @Test
    void aDayForTheOtherGenderIsAGenderMismatch() {
        assertThat(Nik.of(MAN).mismatchWith(BORN, Gender.F)).contains(NikProblem.GENDER_MISMATCH);
        assertThat(Nik.of(WOMAN).mismatchWith(BORN, Gender.M)).contains(NikProblem.GENDER_MISMATCH);
    }

    @Test
    void anotherDayMonthOrYearIsABirthDateMismatch() {
        Nik nik = Nik.of(MAN);
        assertThat(nik.mismatchWith(BORN.plusDays(1), Gender.M)).contains(NikProblem.BIRTH_DATE_MISMATCH);
        assertThat(nik.mismatchWith(BORN.plusMonths(1), Gender.M)).contains(NikProblem.BIRTH_DATE_MISMATCH);
        assertThat(nik.mismatchWith(BORN.plusYears(1), Gender.M)).contains(NikProblem.BIRTH_DATE_MISMATCH);
    }

    @Test
    void aWrongMonthIsABirthDateMismatchEvenWhenTheDaySuitsTheOtherGender() {
        assertThat(Nik.of(MAN).mismatchWith(LocalDate.of(1990, 6, 17), Gender.F))
                .contains(NikProblem.BIRTH_DATE_MISMATCH);
    }

    @Test
    void sixteenDigitsAreRequired() {
        assertThatThrownBy(() -> Nik.of("337401170590001"))
                .isInstanceOfSatisfying(InvalidNikException.class, e -> {
                    assertThat(e.problem()).isEqualTo(NikProblem.WRONG_LENGTH);
                    assertThat(e.field()).isEqualTo("nik");
                });
        assertThatThrownBy(() -> Nik.of("33740117059000011"))
                .isInstanceOfSatisfying(InvalidNikException.class,
                        e -> assertThat(e.problem()).isEqualTo(NikProblem.WRONG_LENGTH));
        assertThatThrownBy(() -> Nik.of(null))
                .isInstanceOfSatisfying(InvalidNikException.class,
                        e -> assertThat(e.problem()).isEqualTo(NikProblem.WRONG_LENGTH));
    }

    @Test
    void lettersAndSeparatorsAreNotDigits() {
        assertThatThrownBy(() -> Nik.of("33740117059O0001"))
                .isInstanceOfSatisfying(InvalidNikException.class,
                        e -> assertThat(e.problem()).isEqualTo(NikProblem.NOT_DIGITS));
        assertThatThrownBy(() -> Nik.of("3374-01170590001"))
                .isInstanceOfSatisfying(InvalidNikException.class,
                        e -> assertThat(e.problem()).isEqualTo(NikProblem.NOT_DIGITS));
    }

    @Test
    void spacesAroundTheNumberAreIgnored() {
        assertThat(Nik.of("  " + MAN + " ")).isEqualTo(Nik.of(MAN));
    }

    @Test
    void validationGivesTheFirstProblemOrNone() {
        assertThat(Nik.validate(MAN, BORN, Gender.M)).isEmpty();
        assertThat(Nik.validate("12345", BORN, Gender.M)).contains(NikProblem.WRONG_LENGTH);
        assertThat(Nik.validate("337401170590000x", BORN, Gender.M)).contains(NikProblem.NOT_DIGITS);
        assertThat(Nik.validate(MAN, BORN.minusDays(1), Gender.M)).contains(NikProblem.BIRTH_DATE_MISMATCH);
        assertThat(Nik.validate(MAN, BORN, Gender.F)).contains(NikProblem.GENDER_MISMATCH);
    }

    @Test
    void toStringRevealsNoDigit() {
        assertThat(Nik.of(MAN).toString()).doesNotContainPattern("[0-9]");
    }

    @Test
    void maskedShowsOnlyTheLastFourDigits() {
        assertThat(Nik.of(MAN).masked()).isEqualTo("************0001");
    }

    @Test
    void refusalsDoNotRepeatTheNumber() {
        assertThatThrownBy(() -> Nik.of("33740117059000011")).hasMessageNotContaining("3374");
    }
}
