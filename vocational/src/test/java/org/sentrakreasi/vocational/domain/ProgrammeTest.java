package org.sentrakreasi.vocational.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProgrammeTest {

    @Test
    void keepsNameAndDescriptionStripped() {
        Programme programme = new Programme(" Tata Boga ", " Mengolah makanan dan kue untuk dijual ");

        assertThat(programme.name()).isEqualTo("Tata Boga");
        assertThat(programme.description()).contains("Mengolah makanan dan kue untuk dijual");
    }

    @Test
    void theDescriptionMayBeLeftOut() {
        assertThat(new Programme("Menjahit", "  ").description()).isEmpty();
    }

    @Test
    void aNameIsRequired() {
        assertThatThrownBy(() -> new Programme(" ", "Anyaman pandan"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("name"));
    }

    @Test
    void renamingKeepsTheRule() {
        Programme programme = new Programme("Batik", null);
        programme.rename("Batik Tulis");
        assertThat(programme.name()).isEqualTo("Batik Tulis");

        assertThatThrownBy(() -> programme.rename(null)).isInstanceOf(InvalidValueException.class);
        assertThat(programme.name()).isEqualTo("Batik Tulis");
    }
}
