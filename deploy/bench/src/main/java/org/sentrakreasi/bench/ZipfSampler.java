package org.sentrakreasi.bench;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Picks an index 0..n-1 with probability proportional to 1 / (rank ^ exponent), index 0 the most
 * likely. Real catalogs look like this: a few categories and makers hold most of the listings, and
 * search cost depends on how many documents a filter or term matches, so a uniform spread would
 * flatter the engines.
 */
final class ZipfSampler {

    private final double[] cumulative;

    ZipfSampler(int n, double exponent) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1");
        }
        cumulative = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1.0 / Math.pow(i + 1, exponent);
            cumulative[i] = sum;
        }
        for (int i = 0; i < n; i++) {
            cumulative[i] /= sum;
        }
    }

    int next(SplittableRandom random) {
        double u = random.nextDouble();
        int at = Arrays.binarySearch(cumulative, u);
        // binarySearch returns -(insertion point) - 1 when u is not an exact boundary
        int index = at >= 0 ? at + 1 : -at - 1;
        return Math.min(index, cumulative.length - 1);
    }

    int size() {
        return cumulative.length;
    }
}
