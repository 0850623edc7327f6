package org.sentrakreasi.vocational.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Nomor Induk Kependudukan, the national identity number: 16 digits, PPKKCC DDMMYY SSSS (region,
 * date of birth, serial). For women 40 is added to the day of birth, so digits 7-8 run 41-71.
 * The year has two digits: only the birth year's last two digits are compared, the century is
 * not encoded.
 * <p>
 * Specific personal data under UU PDP: {@link #toString()} reveals nothing and {@link #masked()}
 * is what staff screens show. {@link #digits()} is for storage and look-up only.
 */
public record Nik(String digits) {

    private static final int LENGTH = 16;
    private static final int WOMEN_DAY_OFFSET = 40;

    /** @throws InvalidNikException when not exactly 16 digits */
    public Nik {
        formatProblem(digits).ifPresent(problem -> {
            throw new InvalidNikException(problem);
        });
    }

    /** Accepts the number as typed, with spaces around it. */
    public static Nik of(String typed) {
        return new Nik(typed == null ? null : typed.strip());
    }

    /**
     * What is wrong with a typed NIK for a person born on that date, of that gender, if anything:
     * a malformed number first, then the birth date, then the gender.
     */
    public static Optional<NikProblem> validate(String typed, LocalDate birthDate, Gender gender) {
        String stripped = typed == null ? null : typed.strip();
        return formatProblem(stripped).or(() -> new Nik(stripped).mismatchWith(birthDate, gender));
    }

    public boolean agreesWith(LocalDate birthDate, Gender gender) {
        return mismatchWith(birthDate, gender).isEmpty();
    }

    /** How the encoded date of birth disagrees with the person's birth date and gender, if it does. */
    public Optional<NikProblem> mismatchWith(LocalDate birthDate, Gender gender) {
        int day = number(6);
        int month = number(8);
        int year = number(10);
        if (month != birthDate.getMonthValue() || year != birthDate.getYear() % 100) {
            return Optional.of(NikProblem.BIRTH_DATE_MISMATCH);
        }
        if (day == encodedDay(birthDate, gender)) {
            return Optional.empty();
        }
        Gender other = gender == Gender.F ? Gender.M : Gender.F;
        return Optional.of(day == encodedDay(birthDate, other)
                ? NikProblem.GENDER_MISMATCH
                : NikProblem.BIRTH_DATE_MISMATCH);
    }

    /** For staff screens: the last four digits only, e.g. {@code ************0003}. */
    public String masked() {
        return "*".repeat(LENGTH - 4) + digits.substring(LENGTH - 4);
    }

    /** Never the number: a NIK printed by accident must not land in a log. */
    @Override
    public String toString() {
        return "Nik[hidden]";
    }

    private static int encodedDay(LocalDate birthDate, Gender gender) {
        return birthDate.getDayOfMonth() + (gender == Gender.F ? WOMEN_DAY_OFFSET : 0);
    }

    private int number(int start) {
        return Integer.parseInt(digits.substring(start, start + 2));
    }

    private static Optional<NikProblem> formatProblem(String candidate) {
        if (candidate == null || candidate.length() != LENGTH) {
            return Optional.of(NikProblem.WRONG_LENGTH);
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = candidate.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.of(NikProblem.NOT_DIGITS);
            }
        }
        return Optional.empty();
    }
}
