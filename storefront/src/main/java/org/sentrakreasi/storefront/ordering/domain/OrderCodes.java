package org.sentrakreasi.storefront.ordering.domain;

import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Order codes a buyer can read out on the phone and type as a transfer reference: {@code SK-}
 * and eight characters from an alphabet without look-alikes (no 0/O, 1/I/L, no U/V), random, so
 * that a code reveals nothing about how many orders there are and cannot be guessed from another.
 * 29^8 (5 × 10^11) codes: guessing one that also matches its buyer's email is hopeless.
 */
public final class OrderCodes {

    static final String PREFIX = "SK-";
    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ";
    static final int LENGTH = 8;

    private OrderCodes() {
    }

    public static String random(RandomGenerator random) {
        StringBuilder code = new StringBuilder(PREFIX);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as stored (codes are read without case). */
    public static String normalised(String text) {
        return text.strip().toUpperCase(Locale.ROOT);
    }

    /** Whether the text can be an order code at all (without case); anything else names no order. */
    public static boolean isWellFormed(String text) {
        if (text == null) {
            return false;
        }
        String code = normalised(text);
        return code.length() == PREFIX.length() + LENGTH && code.startsWith(PREFIX)
                && code.substring(PREFIX.length()).chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }
}
