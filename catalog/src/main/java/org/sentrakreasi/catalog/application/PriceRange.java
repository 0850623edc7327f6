package org.sentrakreasi.catalog.application;

import java.util.List;

/** A price bucket of the price facet; {@code to} is exclusive and null for the open top bucket. */
public record PriceRange(long from, Long to, long count) {

    /** Bucket edges in rupiah, chosen for craft and food prices at the centres. */
    public static final List<Long> EDGES = List.of(0L, 25_000L, 50_000L, 100_000L, 250_000L, 500_000L);

    /** The index in {@link #EDGES} of the bucket {@code price} falls in (a negative price counts in the first). */
    public static int bucketOf(long price) {
        int bucket = 0;
        while (bucket + 1 < EDGES.size() && price >= EDGES.get(bucket + 1)) {
            bucket++;
        }
        return bucket;
    }

    public PriceRange withCount(long newCount) {
        return new PriceRange(from, to, newCount);
    }
}
