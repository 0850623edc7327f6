package org.sentrakreasi.storefront.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sentrakreasi.catalog.application.ImportMessage;

/** Every sentence an import can say has a text on the import page, in each language, with the same values. */
class ImportMessageTextsTest {

    private static final String BUNDLE = "org.sentrakreasi.storefront.web.messages";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d}");

    @Test
    void everyImportSentenceHasItsTextInIndonesianAndEnglish() {
        for (Locale locale : new Locale[] {Locale.ROOT, Locale.forLanguageTag("id"), Locale.ENGLISH}) {
            ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale);
            for (ImportMessage message : ImportMessage.values()) {
                String key = "import.problem." + message.name();
                assertThat(texts.containsKey(key)).as(key + " in " + locale).isTrue();
                String english = message.english("v0", "v1");
                String shown = MessageFormat.format(texts.getString(key), "v0", "v1");
                assertThat(placeholders(shown)).as(key + " in " + locale).isEqualTo(placeholders(english));
            }
        }
        ResourceBundle english = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);
        for (ImportMessage message : ImportMessage.values()) {
            assertThat(MessageFormat.format(english.getString("import.problem." + message.name()), "v0", "v1"))
                    .as("the English page says what the API says").isEqualTo(message.english("v0", "v1"));
        }
    }

    /** Which of the values v0, v1 a text shows, and that no placeholder is left unfilled. */
    private static String placeholders(String text) {
        assertThat(PLACEHOLDER.matcher(text).find()).as(text).isFalse();
        return (text.contains("v0") ? "v0" : "") + (text.contains("v1") ? "v1" : "");
    }
}
