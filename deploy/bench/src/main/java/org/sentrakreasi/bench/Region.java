package org.sentrakreasi.bench;

import java.util.List;

/**
 * A kabupaten/kota where makers of a demo unit live. {@code name} goes into the CSV and is what the
 * {@code region=} filter matches exactly; {@code town} is the short place name makers use in their names.
 */
record Region(String name, String town, String unit) {

    static final String BEKASI = "BEKASI";
    static final String MAGELANG = "MAGELANG";

    /** Per unit, nearest first: makers are drawn from them with Zipf weights, most near the centre. */
    static final List<Region> AROUND_BEKASI = List.of(
            new Region("Kota Bekasi", "Bekasi", BEKASI),
            new Region("Kabupaten Bekasi", "Cikarang", BEKASI),
            new Region("Kota Depok", "Depok", BEKASI),
            new Region("Kota Jakarta Timur", "Cakung", BEKASI),
            new Region("Kabupaten Karawang", "Karawang", BEKASI),
            new Region("Kabupaten Bogor", "Cibinong", BEKASI),
            new Region("Kota Tangerang", "Tangerang", BEKASI),
            new Region("Kabupaten Garut", "Garut", BEKASI),
            new Region("Kota Tasikmalaya", "Tasikmalaya", BEKASI),
            new Region("Kabupaten Cirebon", "Cirebon", BEKASI));

    static final List<Region> AROUND_MAGELANG = List.of(
            new Region("Kota Magelang", "Magelang", MAGELANG),
            new Region("Kabupaten Magelang", "Muntilan", MAGELANG),
            new Region("Kabupaten Temanggung", "Temanggung", MAGELANG),
            new Region("Kabupaten Wonosobo", "Wonosobo", MAGELANG),
            new Region("Kabupaten Sleman", "Sleman", MAGELANG),
            new Region("Kota Yogyakarta", "Yogyakarta", MAGELANG),
            new Region("Kabupaten Bantul", "Bantul", MAGELANG),
            new Region("Kabupaten Purworejo", "Purworejo", MAGELANG),
            new Region("Kabupaten Klaten", "Klaten", MAGELANG),
            new Region("Kota Surakarta", "Solo", MAGELANG),
            new Region("Kota Pekalongan", "Pekalongan", MAGELANG),
            new Region("Kabupaten Jepara", "Jepara", MAGELANG));
}
