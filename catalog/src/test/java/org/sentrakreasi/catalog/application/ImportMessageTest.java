package org.sentrakreasi.catalog.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ImportMessageTest {

    @Test
    void everySentenceIsFoundAgainWithItsValues() {
        for (ImportMessage message : ImportMessage.values()) {
            String english = message.english("price", "lima; ribu", "x");
            assertThat(ImportMessage.read(english)).as(message.name())
                    .hasValueSatisfying(said -> assertThat(said).hasSize(1).first()
                            .satisfies(one -> assertThat(one.message()).isEqualTo(message)));
        }
        ImportMessage.Said said = ImportMessage.read(ImportMessage.TOO_LONG.english("name", 160)).orElseThrow().get(0);
        assertThat(said.values()).containsExactly("name", "160");
    }

    @Test
    void valuesAreWrittenAsTheyAreAndALinesSentencesAreReadOneByOne() {
        assertThat(ImportMessage.TOO_LARGE.english("stock", 1_000_000)).isEqualTo("stock is larger than 1000000");
        String line = String.join(ImportMessage.SEPARATOR, ImportMessage.REQUIRED.english("name"),
                ImportMessage.NOT_WHOLE_NUMBER.english("price", "abc"), ImportMessage.BROKEN_QUOTE.english());
        List<ImportMessage.Said> said = ImportMessage.read(line).orElseThrow();
        assertThat(said).extracting(ImportMessage.Said::message).containsExactly(
                ImportMessage.REQUIRED, ImportMessage.NOT_WHOLE_NUMBER, ImportMessage.BROKEN_QUOTE);
        assertThat(said.get(1).values()).containsExactly("price", "abc");
        assertThat(ImportMessage.read("sku is required; name is required").orElseThrow())
                .extracting(ImportMessage.Said::values).containsExactly(List.of("sku"), List.of("name"));
        assertThat(ImportMessage.read(ImportMessage.NOT_WHOLE_NUMBER.english("price", "lima; ribu")).orElseThrow())
                .extracting(ImportMessage.Said::values).containsExactly(List.of("price", "lima; ribu"));
    }

    @Test
    void aTextThatIsNoneOfThemIsNotGuessed() {
        assertThat(ImportMessage.read("something else entirely")).isEmpty();
        assertThat(ImportMessage.read("name is required; and something else")).isEmpty();
        assertThat(ImportMessage.read(null)).isEmpty();
    }
}
