package org.sentrakreasi.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The makers of a synthetic catalog: display names the way groups and individuals sign up
 * ("KUBE Mawar Bekasi", "Ibu Ratna"), each in one unit and region and selling in one category.
 * About N/50 of them; {@link CatalogGenerator} spreads listings over them with Zipf weights, so a
 * few makers hold many listings and most hold a handful, as in the real catalog.
 */
final class SyntheticMakers {

    /** A maker as the import CSV names it; {@code category} is the index into {@link ProductVocabulary#CATEGORIES}. */
    record Maker(String name, Region region, int category) {
    }

    private static final List<String> FLOWERS = List.of("Mawar", "Melati", "Anggrek", "Kenanga", "Cempaka",
            "Teratai", "Kamboja", "Dahlia", "Seruni", "Bougenville", "Sedap Malam", "Kemuning");
    private static final List<String> WOMEN = List.of("Ratna", "Sari", "Wulan", "Siti", "Dewi", "Lestari", "Endang",
            "Sri", "Tuti", "Yuni", "Nur Aini", "Kartini", "Rina", "Suryani", "Wati", "Ani", "Murni", "Yanti",
            "Ningsih", "Rahmawati", "Fitri", "Indah", "Sumarni", "Heni", "Tri", "Purwanti", "Lilis", "Euis",
            "Neneng", "Sulastri");
    private static final List<String> SECOND_NAMES = List.of("", "", "", "Rahayu", "Wulandari", "Handayani",
            "Susanti", "Permata", "Kusuma", "Maharani", "Puspita", "Utami", "Astuti", "Pratiwi", "Anggraini");
    private static final List<String> MEN = List.of("Slamet", "Bambang", "Agus", "Joko", "Hendra", "Budi",
            "Suparman", "Wahyu", "Rudi", "Darto", "Yusuf", "Rahmat", "Sugeng", "Teguh", "Ahmad", "Dedi");
    private static final List<String> GOOD_WORDS = List.of("Berkah", "Mandiri", "Sejahtera", "Maju Jaya", "Harapan",
            "Sumber Rejeki", "Barokah", "Karya Bersama", "Lestari", "Makmur", "Sentosa", "Tunas Muda", "Cahaya",
            "Guyub Rukun");

    private SyntheticMakers() {
    }

    static List<Maker> create(int count, SplittableRandom random, ZipfSampler categories) {
        List<Maker> makers = new ArrayList<>(count);
        Set<String> taken = new HashSet<>();
        ZipfSampler nearBekasi = new ZipfSampler(Region.AROUND_BEKASI.size(), 1.0);
        ZipfSampler nearMagelang = new ZipfSampler(Region.AROUND_MAGELANG.size(), 1.0);
        for (int i = 0; i < count; i++) {
            Region region = random.nextBoolean()
                    ? Region.AROUND_BEKASI.get(nearBekasi.next(random))
                    : Region.AROUND_MAGELANG.get(nearMagelang.next(random));
            // The first makers cover every category once, so that a small catalog still has all of them.
            int category = i < categories.size() ? i : categories.next(random);
            makers.add(new Maker(uniqueName(random, region, taken), region, category));
        }
        return makers;
    }

    private static String uniqueName(SplittableRandom random, Region region, Set<String> taken) {
        String name = displayName(random, region);
        String candidate = name;
        // Names repeat in real life too; the import tells makers apart by name within a unit, so number them.
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = name + " " + n;
        }
        return candidate;
    }

    private static String displayName(SplittableRandom random, Region region) {
        return switch (random.nextInt(9)) {
            case 0, 1 -> "KUBE " + pick(random, FLOWERS) + " " + region.town();
            case 2, 3 -> "Ibu " + woman(random);
            case 4 -> "Bapak " + pick(random, MEN);
            case 5 -> "UMKM " + pick(random, GOOD_WORDS) + " " + region.town();
            case 6 -> "Kelompok Usaha " + pick(random, GOOD_WORDS);
            case 7 -> "Dapur " + woman(random);
            default -> "Pengrajin " + pick(random, MEN) + " " + region.town();
        };
    }

    private static String woman(SplittableRandom random) {
        String second = pick(random, SECOND_NAMES);
        return second.isEmpty() ? pick(random, WOMEN) : pick(random, WOMEN) + " " + second;
    }

    static <T> T pick(SplittableRandom random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
