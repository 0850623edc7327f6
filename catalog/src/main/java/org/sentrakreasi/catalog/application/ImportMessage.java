package org.sentrakreasi.catalog.application;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every sentence an import says about a file or a line, in English as the API gives it
 * ({@code "unknown category perkakas"}). The pages show it in their own language: {@link #read}
 * finds the sentence and its values again in the stored English, and the page's bundle has a
 * text for each constant ({@code import.problem.UNKNOWN_CATEGORY}) with the same placeholders.
 */
public enum ImportMessage {

    // One line
    SKU_CHARACTERS("sku may contain only letters, digits, dots, dashes and underscores"),
    STATUS_CHOICE("status must be PUBLISHED or DRAFT"),
    REQUIRED("{0} is required"),
    TOO_LONG("{0} is longer than {1} characters"),
    NOT_WHOLE_NUMBER("{0} must be a whole number (got \"{1}\")"),
    TOO_LARGE("{0} is larger than {1}"),
    BROKEN_QUOTE("is not valid CSV: a quoted value here is not closed, or text follows its closing quote, so this"
            + " line and the rest of the file could not be read; fix the quotes (\") and import the file again"
            + " (rows imported before stay as they are)"),
    UNIT_REQUIRED("unit is required (your account has no unit)"),
    UNKNOWN_UNIT("unknown unit {0}"),
    NOT_YOUR_UNIT("unit {0} is not your unit"),
    UNKNOWN_CATEGORY("unknown category {0}"),
    SKU_OF_ANOTHER_UNIT("sku {0} belongs to another unit"),
    SKU_ARCHIVED("sku {0} is archived"),
    NEUTRAL_MAKER_NAME("maker \"{0}\" is the name shown for makers who keep their own name private; it names no one,"
            + " so add their listings with the listing form"),
    SHARED_MAKER_NAME("maker \"{0}\" is the name of {1} makers of this unit; add this listing with the listing form,"
            + " which names the maker exactly"),
    MAKER_NOT_MOVED("maker \"{0}\" names no maker of this unit, and a listing already made is not moved to a new"
            + " maker; use the name its maker shows now"),
    CONFLICT("could not be saved (it conflicts with another listing)"),
    // The whole file
    HEADER("The header row must name the columns {0}"),
    HEADER_MISSING("The header row must name the columns {0}; missing: {1}"),
    NOT_UTF8("The file is not UTF-8 text"),
    NOT_CSV("The file is not valid CSV: {0}"),
    STOPPED("The import stopped after {0} rows; the rows before were saved. Importing the file again is safe."),
    TOO_BIG("The file is larger than {0} MB"),
    INTERRUPTED("The upload was interrupted");

    /** How a line's several problems are joined. */
    public static final String SEPARATOR = "; ";

    /** A longer sentence may begin like a shorter one ("… columns {0}; missing: {1}"): it is tried first. */
    private static final List<ImportMessage> MOST_WORDS_FIRST = Arrays.stream(values())
            .sorted(Comparator.comparingInt((ImportMessage m) -> m.english.length()).reversed()).toList();

    private final String english;
    /** The whole text as this one sentence. */
    private final Pattern whole;
    /** This sentence among others: up to the end or the separator, which no value of it then holds. */
    private final Pattern sentence;

    ImportMessage(String english) {
        this.english = english;
        this.whole = patternOf(english, "(.*?)", "$");
        this.sentence = patternOf(english, "((?:(?!" + Pattern.quote(SEPARATOR) + ").)*?)",
                "(?=$|" + Pattern.quote(SEPARATOR) + ")");
    }

    /** The English sentence with these values, written as they are (no number formatting). */
    public String english(Object... values) {
        Matcher placeholder = Placeholders.PATTERN.matcher(english);
        StringBuilder text = new StringBuilder();
        while (placeholder.find()) {
            placeholder.appendReplacement(text, Matcher.quoteReplacement(String.valueOf(values[Integer.parseInt(placeholder.group(1))])));
        }
        placeholder.appendTail(text);
        return text.toString();
    }

    /** One sentence found again, with its values in placeholder order. */
    public record Said(ImportMessage message, List<String> values) {
    }

    /**
     * The sentences of a stored text (one, or a line's several joined by {@link #SEPARATOR}); empty
     * when any part is not one of these, e.g. a text stored by an older version.
     */
    public static Optional<List<Said>> read(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        Optional<List<Said>> sentences = sentences(text);
        if (sentences.isPresent()) {
            return sentences;
        }
        // One sentence whose value holds the separator itself ("... (got "lima; ribu")").
        for (ImportMessage message : MOST_WORDS_FIRST) {
            Matcher matcher = message.whole.matcher(text);
            if (matcher.matches()) {
                return Optional.of(List.of(new Said(message, groups(matcher))));
            }
        }
        return Optional.empty();
    }

    /**
     * Sentence by sentence from the start; a sentence ends where the text or the separator does, and
     * its values hold no separator. Some sentences have the separator in their own words, so the text
     * is not simply split at it.
     */
    private static Optional<List<Said>> sentences(String text) {
        List<Said> sentences = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            Optional<Said> said = Optional.empty();
            for (ImportMessage message : MOST_WORDS_FIRST) {
                Matcher matcher = message.sentence.matcher(text).region(from, text.length());
                if (matcher.lookingAt()) {
                    said = Optional.of(new Said(message, groups(matcher)));
                    from = matcher.end() == text.length() ? text.length() : matcher.end() + SEPARATOR.length();
                    break;
                }
            }
            if (said.isEmpty()) {
                return Optional.empty();
            }
            sentences.add(said.get());
        }
        return Optional.of(sentences);
    }

    private static List<String> groups(Matcher matched) {
        List<String> found = new ArrayList<>();
        for (int group = 1; group <= matched.groupCount(); group++) {
            found.add(matched.group(group));
        }
        return List.copyOf(found);
    }

    /** The English with each placeholder as {@code value}, followed by {@code end}. */
    private static Pattern patternOf(String english, String value, String end) {
        Matcher placeholder = Placeholders.PATTERN.matcher(english);
        StringBuilder regex = new StringBuilder();
        int literal = 0;
        while (placeholder.find()) {
            regex.append(Pattern.quote(english.substring(literal, placeholder.start()))).append(value);
            literal = placeholder.end();
        }
        regex.append(Pattern.quote(english.substring(literal))).append(end);
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    /** In a class of its own: an enum's constants are built before its own static fields. */
    private static final class Placeholders {
        static final Pattern PATTERN = Pattern.compile("\\{(\\d)}");
    }
}
