package org.sentrakreasi.storefront.rest;

/**
 * Whether a client's text is text: PostgreSQL refuses NUL in a text column (a 500 instead of a 400),
 * other control characters are invisible in every page and export that shows them again, and a
 * lone UTF-16 surrogate cannot be encoded, so it was stored as '?'. Tabs and line breaks are text.
 */
final class PlainText {

    static final String NOT_TEXT = "contains characters that are not text (control characters or a broken surrogate pair)";

    private PlainText() {
    }

    static boolean isText(String value) {
        return value.codePoints().allMatch(PlainText::isTextCharacter);
    }

    /** Paired surrogates arrive here as one supplementary code point, so a surrogate seen alone is unpaired. */
    private static boolean isTextCharacter(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL -> codePoint == '\t' || codePoint == '\n' || codePoint == '\r';
            case Character.SURROGATE -> false;
            default -> true;
        };
    }
}
