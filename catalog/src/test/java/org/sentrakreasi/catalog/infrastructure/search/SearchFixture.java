package org.sentrakreasi.catalog.infrastructure.search;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.sentrakreasi.catalog.application.ProductDocument;

/**
 * Thirty published products of six categories from eight makers, written so that every expectation
 * of {@link SearchContract} has one right answer: distinct publish dates (except products 9 and 10,
 * which tie on date and price to pin the id tie-break), prices on the bucket edges, one word per
 * typo case. Read a test next to this list.
 */
public final class SearchFixture {

    public record Category(String code, String labelId, String labelEn) {
    }

    public record Maker(String id, String name, String region, String unitId) {
    }

    public static final Category MAKANAN = new Category("makanan", "Makanan", "Food");
    public static final Category MINUMAN = new Category("minuman", "Minuman", "Drinks");
    public static final Category BATIK = new Category("batik", "Batik", "Batik");
    public static final Category TENUN = new Category("tenun", "Kain Tenun", "Woven Cloth");
    public static final Category ANYAMAN = new Category("anyaman", "Anyaman", "Basketry");
    public static final Category KERAJINAN = new Category("kerajinan", "Kerajinan", "Handicrafts");

    public static final Maker SARI = new Maker("1", "Ibu Sari", "Kota Bekasi", "1");
    public static final Maker MELATI = new Maker("2", "Kelompok Melati", "Kabupaten Bogor", "2");
    public static final Maker DARTO = new Maker("3", "Pak Darto", "Kota Yogyakarta", "3");
    public static final Maker RAMBU = new Maker("4", "Mama Rambu", "Kabupaten Sumba Timur", "4");
    public static final Maker BUTET = new Maker("5", "Kak Butet", "Kota Medan", "5");
    public static final Maker TATA = new Maker("6", "Daeng Tata", "Kota Makassar", "6");
    public static final Maker RATNA = new Maker("7", "Bu Ratna", "Kota Yogyakarta", "3");
    public static final Maker YOGA = new Maker("8", "Mas Yoga", "Kota Bekasi", "1");

    /** Day 0 of the fixture; product publish dates are days after it. */
    public static final Instant DAY_ZERO = Instant.parse("2026-01-01T08:00:00Z");

    private static final List<ProductDocument> ALL = List.of(
            aProduct(1).named("Keripik Singkong Balado").in(MAKANAN).by(SARI).priced(15_000).publishedOnDay(1)
                    .madeOf("singkong, cabai, bawang merah")
                    .describedAs("Keripik singkong tipis dengan bumbu balado pedas manis. Digoreng setiap pagi.")
                    .withStory("Ibu Sari belajar mengolah singkong di Balai Bekasi.").build(),
            aProduct(2).named("Keripik Pisang Cokelat").in(MAKANAN).by(SARI).priced(18_000).publishedOnDay(3)
                    .madeOf("pisang kepok, cokelat").describedAs("Keripik pisang berbalut cokelat, manis dan renyah.").build(),
            aProduct(3).named("Keripik Tempe Sagu").in(MAKANAN).by(SARI).priced(12_000).publishedOnDay(5)
                    .describedAs("Tempe tipis bertabur sagu, gurih.").build(),
            aProduct(4).named("Sambal Bawang & Teri Medan").in(MAKANAN).by(BUTET).priced(35_000).publishedOnDay(7)
                    .madeOf("cabai rawit, bawang putih, teri")
                    .describedAs("Sambal bawang pedas dengan teri Medan goreng. Tahan tiga bulan.").build(),
            aProduct(5).named("Bika Ambon Pandan").in(MAKANAN).by(BUTET).priced(50_000).publishedOnDay(9)
                    .describedAs("Kue bika ambon lembut beraroma daun pandan.").build(),
            aProduct(6).named("Rendang Daging Kering").in(MAKANAN).by(BUTET).priced(95_000).publishedOnDay(11)
                    .describedAs("Rendang daging sapi dimasak sepuluh jam hingga kering.").build(),
            aProduct(7).named("Kopi Robusta Bubuk").in(MINUMAN).by(YOGA).priced(45_000).publishedOnDay(2)
                    .describedAs("Kopi robusta petani Bogor, disangrai sedang dan digiling halus.").build(),
            aProduct(8).named("Teh Serai Jahe").in(MINUMAN).by(YOGA).priced(25_000).publishedOnDay(4)
                    .describedAs("Teh herbal serai dan jahe merah untuk menghangatkan badan.").build(),
            aProduct(9).named("Madu Hutan Sumbawa").in(MINUMAN).by(YOGA).priced(75_000).publishedOnDay(6)
                    .describedAs("Madu murni & mentah dari lebah hutan, kemasan < 500 ml.").build(),
            aProduct(10).named("Sirup Markisa Medan").in(MINUMAN).by(BUTET).priced(75_000).publishedOnDay(6)
                    .describedAs("Sirup buah markisa asli, kental dan segar.").build(),
            aProduct(11).named("Kain Batik Tulis Parang").in(BATIK).by(DARTO).priced(750_000).publishedOnDay(8)
                    .madeOf("katun primisima, malam, pewarna alam")
                    .describedAs("Batik tulis motif parang, dikerjakan tiga minggu.").build(),
            aProduct(12).named("Kemeja Batik Cap Kawung").in(BATIK).by(DARTO).priced(275_000).publishedOnDay(10)
                    .madeOf("katun").describedAs("Kemeja lengan pendek batik cap motif kawung.").build(),
            aProduct(13).named("Tas Batik Kombinasi").in(BATIK).by(RATNA).priced(150_000).publishedOnDay(12)
                    .madeOf("kain batik, kulit sintetis").describedAs("Tas jinjing batik dengan tali dianyam tangan.").build(),
            aProduct(14).named("Selendang Batik Sutra").in(BATIK).by(DARTO).priced(500_000).publishedOnDay(14)
                    .madeOf("sutra").describedAs("Selendang sutra batik tulis warna sogan.").build(),
            aProduct(15).named("Masker Kain Batik").in(BATIK).by(RATNA).priced(25_000).publishedOnDay(13)
                    .describedAs("Masker tiga lapis dari sisa kain batik.").build(),
            aProduct(16).named("Kain Tenun Ikat Sumba").in(TENUN).by(RAMBU).priced(1_250_000).publishedOnDay(15)
                    .madeOf("benang kapas, pewarna alam")
                    .describedAs("Tenun ikat motif kuda dan rusa, pewarna akar mengkudu.")
                    .withStory("Mama Rambu menenun sejak kecil.").build(),
            aProduct(17).named("Selendang Tenun Sumba").in(TENUN).by(RAMBU).priced(450_000).publishedOnDay(16)
                    .describedAs("Selendang tenun ikat ukuran 40 x 180 cm.").build(),
            aProduct(18).named("Kain Ulos Ragi Hotang").in(TENUN).by(BUTET).priced(600_000).publishedOnDay(17)
                    .describedAs("Ulos tenunan tangan dari Tapanuli.").build(),
            aProduct(19).named("Sarung Tenun Sutra Mandar").in(TENUN).by(TATA).priced(850_000).publishedOnDay(18)
                    .describedAs("Sarung sutra ditenun dengan alat gedogan.").build(),
            aProduct(20).named("Taplak Meja Tenun").in(TENUN).by(TATA).priced(120_000).publishedOnDay(19)
                    .describedAs("Taplak meja tenun motif garis.").build(),
            aProduct(21).named("Tas Anyaman Pandan").in(ANYAMAN).by(MELATI).priced(85_000).publishedOnDay(20)
                    .madeOf("daun pandan").describedAs("Tas tangan dari anyaman daun pandan, diwarnai alami.").build(),
            aProduct(22).named("Keranjang Rotan Bulat").in(ANYAMAN).by(TATA).priced(175_000).publishedOnDay(21)
                    .madeOf("rotan").describedAs("Keranjang rotan serbaguna, dianyam rapat.").build(),
            aProduct(23).named("Tikar Mendong Lipat").in(ANYAMAN).by(MELATI).priced(220_000).publishedOnDay(22)
                    .madeOf("mendong").describedAs("Tikar mendong anyaman tangan, bisa dilipat.").build(),
            aProduct(24).named("Tempat Tisu Lidi").in(ANYAMAN).by(RATNA).priced(30_000).publishedOnDay(23)
                    .madeOf("lidi kelapa").describedAs("Wadah tisu dari lidi kelapa dengan alas kain tenun.").build(),
            aProduct(25).named("Topi Bambu Caping").in(ANYAMAN).by(MELATI).priced(40_000).publishedOnDay(24)
                    .madeOf("bambu").describedAs("Caping bambu untuk berkebun.").build(),
            aProduct(26).named("Mangkuk Batok Kelapa").in(KERAJINAN).by(RATNA).priced(55_000).publishedOnDay(25)
                    .madeOf("batok kelapa").describedAs("Mangkuk dari batok kelapa, dipoles minyak kelapa.").build(),
            aProduct(27).named("Gelang Manik Kayu").in(KERAJINAN).by(TATA).priced(20_000).publishedOnDay(26)
                    .describedAs("Gelang manik-manik kayu warna-warni.").build(),
            aProduct(28).named("Lukisan Kaca Wayang").in(KERAJINAN).by(DARTO).priced(350_000).publishedOnDay(27)
                    .describedAs("Lukisan kaca tokoh wayang Semar.").build(),
            aProduct(29).named("Sabun Sereh Wangi").in(KERAJINAN).by(SARI).priced(22_000).publishedOnDay(28)
                    .describedAs("Sabun batang minyak sereh, lembut di kulit.").build(),
            aProduct(30).named("Gantungan Kunci Tenun").in(KERAJINAN).by(RAMBU).priced(15_000).publishedOnDay(29)
                    .describedAs("Gantungan kunci dari sisa kain tenun ikat.").build());

    private SearchFixture() {
    }

    /** All thirty products, ids "1" to "30". */
    public static List<ProductDocument> all() {
        return ALL;
    }

    public static ProductDocument product(int id) {
        return ALL.get(id - 1);
    }

    public static Builder aProduct(int id) {
        return new Builder(String.valueOf(id));
    }

    /** Builds a product document; unset texts stay null, as they may in the real read model. */
    public static final class Builder {
        private final String id;
        private String name = "Produk";
        private String description;
        private String story;
        private String materials;
        private Category category = KERAJINAN;
        private Maker maker = SARI;
        private long price = 10_000;
        private int stock = 5;
        private Instant publishedAt = DAY_ZERO;

        private Builder(String id) {
            this.id = id;
        }

        public Builder named(String value) {
            name = value;
            return this;
        }

        public Builder describedAs(String value) {
            description = value;
            return this;
        }

        public Builder withStory(String value) {
            story = value;
            return this;
        }

        public Builder madeOf(String value) {
            materials = value;
            return this;
        }

        public Builder in(Category value) {
            category = value;
            return this;
        }

        public Builder by(Maker value) {
            maker = value;
            return this;
        }

        public Builder priced(long rupiah) {
            price = rupiah;
            return this;
        }

        public Builder inStock(int value) {
            stock = value;
            return this;
        }

        public Builder publishedOnDay(int day) {
            publishedAt = DAY_ZERO.plus(Duration.ofDays(day));
            return this;
        }

        public ProductDocument build() {
            String slug = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-" + id;
            return new ProductDocument(id, slug, name, description, story, materials, category.code(),
                    category.labelId(), category.labelEn(), maker.region(), maker.id(), maker.name(), maker.unitId(),
                    price, stock, publishedAt, "/media/products/" + id + ".jpg");
        }
    }
}
