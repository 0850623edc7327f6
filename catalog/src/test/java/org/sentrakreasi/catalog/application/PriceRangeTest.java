package org.sentrakreasi.catalog.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PriceRangeTest {

    @Test
    void aPriceOnAnEdgeFallsInTheBucketThatEdgeStarts() {
        assertEquals(0, PriceRange.bucketOf(0));
        assertEquals(0, PriceRange.bucketOf(24_999));
        assertEquals(1, PriceRange.bucketOf(25_000));
        assertEquals(3, PriceRange.bucketOf(249_999));
        assertEquals(5, PriceRange.bucketOf(500_000));
        assertEquals(5, PriceRange.bucketOf(Long.MAX_VALUE));
    }
}
