package org.sentrakreasi.vocational.domain;

/** Why a NIK was refused; the messages never contain the NIK itself. */
public enum NikProblem {
    WRONG_LENGTH("A NIK has exactly 16 digits"),
    NOT_DIGITS("A NIK has digits only"),
    BIRTH_DATE_MISMATCH("Digits 7-12 of the NIK do not match the birth date (DDMMYY)"),
    GENDER_MISMATCH("The day of birth in the NIK does not match the gender (40 is added to the day for women)");

    private final String message;

    NikProblem(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
