package org.sentrakreasi.storefront.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * Fictional trainees of the demo units: the people behind the demo makers (their public profile is
 * the maker) and a few who are still in training. Every name ends in "(fiktif)", every NIK starts
 * with 99 (no province has that code), and every record says in its notes that it is made up.
 */
final class DemoTrainees {

    static final String FICTION_NOTE = "Data fiktif untuk demo: orang ini tidak ada.";

    /**
     * @param makerName the demo maker whose public profile this person has, or null while in training
     * @param guardianName required under 18
     */
    record DemoTrainee(String unitCode, String fullName, String gender, LocalDate birthDate, String cluster,
                       String makerName, String guardianName) {

        /** A NIK that agrees with birth date and gender (40 added to a woman's day), in the made-up province 99. */
        String nik(int serial) {
            int day = birthDate.getDayOfMonth() + ("F".equals(gender) ? 40 : 0);
            return "990101" + String.format("%02d%02d%02d", day, birthDate.getMonthValue(), birthDate.getYear() % 100)
                    + String.format("%04d", serial);
        }
    }

    /** The programme each demo unit teaches in its two demo cohorts. */
    record DemoProgramme(String unitCode, String name, String description) {
    }

    private static final List<DemoTrainee> TRAINEES = List.of(
            new DemoTrainee("BEKASI", "Sari Wulandari (fiktif)", "F", LocalDate.of(1984, 3, 12),
                    "PENYANDANG_DISABILITAS", "Ibu Sari", null),
            new DemoTrainee("BEKASI", "Sudarto Wibisono (fiktif)", "M", LocalDate.of(1979, 8, 2),
                    "PENYANDANG_DISABILITAS", "Pak Darto", null),
            new DemoTrainee("BEKASI", "Dewi Anggraini (fiktif)", "F", LocalDate.of(1996, 11, 21),
                    "PENYANDANG_DISABILITAS", null, null),
            new DemoTrainee("BEKASI", "Rizky Pratama (fiktif)", "M", LocalDate.of(2010, 6, 5),
                    "ANAK", null, "Endang Pratama (fiktif)"),
            new DemoTrainee("MAGELANG", "Ratna Kusumawati (fiktif)", "F", LocalDate.of(1988, 1, 30),
                    "PENYANDANG_DISABILITAS", "Ibu Ratna", null),
            new DemoTrainee("MAGELANG", "Joko Santoso (fiktif)", "M", LocalDate.of(1975, 4, 17),
                    "PENYANDANG_DISABILITAS", "Pak Joko", null),
            new DemoTrainee("MAGELANG", "Bayu Saputra (fiktif)", "M", LocalDate.of(1993, 9, 9),
                    "PENYANDANG_DISABILITAS", null, null),
            new DemoTrainee("LKS-MEDAN", "Rina Simanjuntak (fiktif)", "F", LocalDate.of(1991, 12, 3),
                    "TUNA_SOSIAL_KORBAN_PERDAGANGAN_ORANG", "Kak Rina", null),
            new DemoTrainee("LKS-MEDAN", "Maria Sitorus (fiktif)", "F", LocalDate.of(1999, 7, 14),
                    "TUNA_SOSIAL_KORBAN_PERDAGANGAN_ORANG", null, null),
            new DemoTrainee("LOKA-BANYUMAS", "Lestari Handayani (fiktif)", "F", LocalDate.of(1958, 5, 25),
                    "LANJUT_USIA", "Ibu Lestari", null),
            new DemoTrainee("LOKA-BANYUMAS", "Slamet Riyadi (fiktif)", "M", LocalDate.of(1986, 2, 11),
                    "KORBAN_NAPZA", null, null));

    private static final List<DemoProgramme> PROGRAMMES = List.of(
            new DemoProgramme("BEKASI", "Tata Boga", "Mengolah, mengemas dan menjual makanan olahan rumahan."),
            new DemoProgramme("MAGELANG", "Membatik", "Batik tulis dan cap, dari pola sampai pewarnaan alami."),
            new DemoProgramme("LKS-MEDAN", "Menenun", "Menenun ulos dan songket dengan alat tenun bukan mesin."),
            new DemoProgramme("LOKA-BANYUMAS", "Pengolahan Hasil Bumi",
                    "Camilan dan minuman tradisional dari singkong, gula kelapa dan rempah."));

    private DemoTrainees() {
    }

    static List<DemoTrainee> trainees() {
        return TRAINEES;
    }

    static List<DemoProgramme> programmes() {
        return PROGRAMMES;
    }
}
