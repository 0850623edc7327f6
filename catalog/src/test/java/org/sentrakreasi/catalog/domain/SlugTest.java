package org.sentrakreasi.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugTest {

    @Test
    void makesReadableAsciiFragments() {
        assertThat(Slug.of("Keripik Singkong Balado (250 g)")).isEqualTo("keripik-singkong-balado-250-g");
        assertThat(Slug.of("Tas Anyaman Pandan — Motif Bunga")).isEqualTo("tas-anyaman-pandan-motif-bunga");
        assertThat(Slug.of("Kopi Café")).isEqualTo("kopi-cafe");
    }

    @Test
    void aSuffixSurvivesTruncationSoUniqueSuffixesGiveUniqueSlugs() {
        String longName = "Kain ".repeat(60);
        assertThat(Slug.of(longName, "BKS-001")).endsWith("-bks-001").hasSizeLessThanOrEqualTo(100);
        assertThat(Slug.of(longName, "BKS-001")).isNotEqualTo(Slug.of(longName, "BKS-002"));
    }

    @Test
    void neverReturnsAnEmptySlug() {
        assertThat(Slug.of("!!!")).isEqualTo("item");
    }
}
