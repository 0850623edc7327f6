package org.sentrakreasi.catalog.infrastructure.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.sentrakreasi.catalog.application.ProductDocument;

class ProductCardsTest {

    @Test
    void aCardGivesBackTheWholeDocument() throws Exception {
        ProductDocument full = new ProductDocument("42", "tas-anyaman-pandan-42", "Tas Anyaman Pandan", "Dianyam tangan",
                "Cerita Ibu Sari", "pandan, benang", "anyaman", "Anyaman", "Weaving", "Kabupaten Bekasi", "7",
                "Ibu Sari", "1", 85_000, 3, Instant.parse("2026-11-23T06:40:37.123456789Z"), "/media/42/card.jpg");

        assertEquals(full, ProductCards.decode(ProductCards.encode(full)));
    }

    @Test
    void absentTextsStayAbsent() throws Exception {
        ProductDocument sparse = new ProductDocument("1", "x-1", "Keripik Pisang", null, null, null, "makanan", "Makanan",
                "Food", null, null, null, null, 0, 0, Instant.EPOCH, null);

        assertEquals(sparse, ProductCards.decode(ProductCards.encode(sparse)));
    }

    @Test
    void aCardOfAnotherLayoutIsRefusedNotMisread() {
        assertThrows(IllegalStateException.class, () -> ProductCards.decode(new BytesRef(new byte[] {9, 0})));
    }
}
