package org.sentrakreasi.storefront.demo;

import java.util.List;

/**
 * Fictional demo data for the embedded run: units, makers and products. The makers, KUBE, stories,
 * products and prices are all invented. Following the dignity rules of DOMAIN.md, no text says
 * anything about a maker's cluster: stories speak only of the craft, the training and the centre.
 */
public final class DemoCatalog {

    /** A Balai, Loka or LKS; {@code type} is "BALAI", "LOKA" or "LKS". */
    public record DemoUnit(String code, String name, String type, String region) {
    }

    /** A public maker profile: a chosen name or a KUBE (joint-business group). */
    public record DemoMaker(String unitCode, String displayName, String region, String story) {
    }

    /** A published product; {@code price} in whole rupiah, {@code story} may be null. */
    public record DemoProduct(String sku, String name, String category, String makerName, long price, int stock,
                              String description, String story) {
    }

    private static final String SARI = "Ibu Sari";
    private static final String MAWAR = "KUBE Mawar Bekasi";
    private static final String DARTO = "Pak Darto";
    private static final String RATNA = "Ibu Ratna";
    private static final String JOKO = "Pak Joko";
    private static final String MENOREH = "KUBE Herbal Menoreh";
    private static final String BAMBU = "KUBE Bambu Merapi";
    private static final String ANDALIMAN = "KUBE Andaliman Medan";
    private static final String RINA = "Kak Rina";
    private static final String SERAYU = "KUBE Anyaman Serayu";
    private static final String LESTARI = "Ibu Lestari";

    private static final List<DemoUnit> UNITS = List.of(
            new DemoUnit("BEKASI", "Balai Pangudi Luhur Bekasi", "BALAI", "Kota Bekasi"),
            new DemoUnit("MAGELANG", "SKA Antasena Magelang", "BALAI", "Kabupaten Magelang"),
            new DemoUnit("LKS-MEDAN", "LKS Bina Karya Medan", "LKS", "Kota Medan"),
            new DemoUnit("LOKA-BANYUMAS", "Loka Karya Mandiri Banyumas", "LOKA", "Kabupaten Banyumas"));

    private static final List<DemoMaker> MAKERS = List.of(
            new DemoMaker("BEKASI", SARI, "Kota Bekasi",
                    "Ibu Sari belajar tata boga di Sentra Kreasi ATENSI Bekasi. Kini ia membuat kue kering "
                            + "dan keripik dari dapurnya sendiri, dengan resep yang terus ia sempurnakan."),
            new DemoMaker("BEKASI", MAWAR, "Kota Bekasi",
                    "Lima anggota KUBE Mawar Bekasi bertemu di kelas menjahit. Mereka mengolah kain perca "
                            + "dan batik cap menjadi tas, keset dan perlengkapan rumah yang rapi."),
            new DemoMaker("BEKASI", DARTO, "Kota Bekasi",
                    "Pak Darto menekuni pertukangan kayu dan pembuatan sandal di bengkel kerja balai. "
                            + "Ketelitiannya terlihat dari jahitan dan sambungan yang kuat."),
            new DemoMaker("MAGELANG", RATNA, "Kabupaten Magelang",
                    "Ibu Ratna membatik dengan canting sejak mengikuti pelatihan batik di SKA Antasena. "
                            + "Motif klasik seperti parang dan kawung menjadi kesukaannya."),
            new DemoMaker("MAGELANG", JOKO, "Kabupaten Magelang",
                    "Pak Joko menyangrai kopi dari lereng Sumbing dan menatah kulit untuk wayang kecil. "
                            + "Keduanya ia pelajari di balai dan kini menjadi usaha keluarga."),
            new DemoMaker("MAGELANG", MENOREH, "Kabupaten Magelang",
                    "KUBE Herbal Menoreh meracik sabun dan perawatan tubuh dari sereh, kunyit dan daun sirih "
                            + "yang ditanam di kebun balai."),
            new DemoMaker("MAGELANG", BAMBU, "Kabupaten Magelang",
                    "Anggota KUBE Bambu Merapi belajar menganyam bambu dari perajin desa sekitar balai. "
                            + "Besek, tampah dan keranjang mereka dipakai pasar dan hajatan di Magelang."),
            new DemoMaker("LKS-MEDAN", ANDALIMAN, "Kota Medan",
                    "KUBE Andaliman Medan mengolah rempah khas Sumatera Utara menjadi sambal dan menyangrai "
                            + "kopi Sidikalang. Semua dikemas di dapur produksi LKS Bina Karya."),
            new DemoMaker("LKS-MEDAN", RINA, "Kota Medan",
                    "Kak Rina belajar menenun dengan alat tenun bukan mesin di LKS Bina Karya Medan. "
                            + "Setiap helai ulos dan songket ia kerjakan selama berminggu-minggu."),
            new DemoMaker("LOKA-BANYUMAS", SERAYU, "Kabupaten Banyumas",
                    "KUBE Anyaman Serayu menganyam daun pandan dan mendong menjadi tikar, tas dan wadah. "
                            + "Pewarnaan dan motifnya dikembangkan bersama pendamping di loka."),
            new DemoMaker("LOKA-BANYUMAS", LESTARI, "Kabupaten Banyumas",
                    "Ibu Lestari mengolah hasil bumi Banyumas, dari singkong sampai gula kelapa, "
                            + "menjadi camilan dan minuman tradisional yang tahan lama."));

    private static final List<DemoProduct> PRODUCTS = List.of(
            // makanan
            new DemoProduct("BKS-MKN-001", "Kue Nastar Nanas 500 g", "makanan", SARI, 95000, 24,
                    "Nastar lembut dengan selai nanas buatan sendiri, dipanggang tanpa pengawet. "
                            + "Dikemas dalam toples plastik 500 g.",
                    "Resep nastar ini disempurnakan Ibu Sari selama pelatihan tata boga."),
            new DemoProduct("BKS-MKN-002", "Kue Kastengel Keju 400 g", "makanan", SARI, 110000, 18,
                    "Kastengel renyah dengan keju edam dan keju cheddar. Toples 400 g, tahan sekitar tiga bulan.",
                    null),
            new DemoProduct("BKS-MKN-003", "Keripik Singkong Balado 250 g", "makanan", SARI, 18000, 60,
                    "Singkong pilihan diiris tipis, digoreng renyah dan dibalur bumbu balado pedas manis. "
                            + "Kemasan standing pouch 250 g.",
                    "Karya penerima manfaat ATENSI di Balai Pangudi Luhur Bekasi."),
            new DemoProduct("BKS-MKN-004", "Kue Putri Salju 400 g", "makanan", SARI, 85000, 0,
                    "Kue bulan sabit bertabur gula halus dengan kacang mete. Toples 400 g.",
                    null),
            new DemoProduct("BKS-MKN-005", "Rempeyek Kacang Tanah 200 g", "makanan", SARI, 25000, 40,
                    "Rempeyek tipis dan gurih dengan kacang tanah dan daun jeruk. Cocok untuk lauk atau camilan.",
                    null),
            new DemoProduct("MDN-MKN-001", "Sambal Andaliman 150 g", "makanan", ANDALIMAN, 35000, 40,
                    "Sambal khas Batak dengan andaliman yang segar dan sedikit getir di lidah. "
                            + "Botol kaca 150 g, simpan di lemari es setelah dibuka.",
                    "Diracik di dapur produksi LKS Bina Karya Medan."),
            new DemoProduct("MDN-MKN-002", "Sambal Teri Medan 200 g", "makanan", ANDALIMAN, 45000, 32,
                    "Teri Medan goreng kering dalam sambal cabai merah. Botol kaca 200 g, tahan dua minggu "
                            + "di suhu ruang.",
                    null),
            new DemoProduct("MDN-MKN-003", "Keripik Ubi Pedas Manis 250 g", "makanan", ANDALIMAN, 20000, 45,
                    "Ubi jalar ungu dan kuning diiris tipis, digoreng dan dibalur gula merah pedas. Kemasan 250 g.",
                    null),
            new DemoProduct("BMS-MKN-001", "Getuk Goreng Sokaraja 500 g", "makanan", LESTARI, 30000, 20,
                    "Getuk singkong dengan gula kelapa yang digoreng hingga legit di luar dan lembut di dalam. "
                            + "Kotak 500 g, paling nikmat dalam tiga hari.",
                    "Camilan khas Banyumas yang dibuat Ibu Lestari setiap pagi."),
            new DemoProduct("BMS-MKN-002", "Keripik Tempe Tipis 200 g", "makanan", LESTARI, 22000, 50,
                    "Tempe kedelai diiris setipis kertas, dicelup tepung berbumbu ketumbar lalu digoreng renyah. "
                            + "Kemasan 200 g.",
                    null),
            new DemoProduct("BMS-MKN-003", "Nopia Mini Bawang Merah 250 g", "makanan", LESTARI, 25000, 36,
                    "Nopia kecil berkulit renyah dengan isi gula merah dan bawang goreng, dipanggang di tungku. "
                            + "Kemasan 250 g.",
                    null),

            // minuman
            new DemoProduct("MGL-MNM-001", "Kopi Robusta Temanggung 200 g", "minuman", JOKO, 45000, 30,
                    "Biji robusta dari lereng Temanggung, disangrai medium dan digiling sedang. "
                            + "Rasa cokelat dan karamel, kemasan 200 g dengan katup aroma.",
                    "Disangrai sendiri oleh Pak Joko di SKA Antasena Magelang."),
            new DemoProduct("MGL-MNM-002", "Kopi Arabika Sumbing 200 g", "minuman", JOKO, 65000, 22,
                    "Arabika dari ketinggian 1.400 mdpl dengan keasaman lembut dan aroma buah. Biji utuh 200 g.",
                    null),
            new DemoProduct("MGL-MNM-003", "Wedang Uwuh Isi 10 Sachet", "minuman", MENOREH, 25000, 40,
                    "Campuran jahe, secang, cengkeh, kayu manis dan gula batu. Seduh satu sachet dengan "
                            + "200 ml air panas.",
                    null),
            new DemoProduct("MDN-MNM-001", "Kopi Arabika Sidikalang 250 g", "minuman", ANDALIMAN, 75000, 28,
                    "Kopi arabika Sidikalang sangrai medium, bubuk halus siap seduh. Kemasan 250 g.",
                    null),
            new DemoProduct("MDN-MNM-002", "Sirup Markisa Medan 620 ml", "minuman", ANDALIMAN, 38000, 0,
                    "Sirup dari buah markisa asli, asam segar. Encerkan satu bagian sirup dengan empat bagian air.",
                    null),
            new DemoProduct("BMS-MNM-001", "Wedang Jahe Gula Kelapa 250 g", "minuman", LESTARI, 28000, 45,
                    "Serbuk jahe emprit dengan gula kelapa Banyumas. Hangatkan badan dengan satu sendok makan "
                            + "dalam segelas air panas.",
                    null),
            new DemoProduct("BMS-MNM-002", "Kunyit Asam Instan 250 g", "minuman", LESTARI, 30000, 35,
                    "Serbuk kunyit asam tanpa pengawet, segar diminum dingin maupun hangat. Kemasan 250 g.",
                    null),
            new DemoProduct("BKS-MNM-001", "Sirup Jahe Merah 500 ml", "minuman", SARI, 35000, 20,
                    "Sirup jahe merah dengan serai dan gula aren. Botol kaca 500 ml.",
                    null),

            // batik-tenun
            new DemoProduct("MGL-BTK-001", "Kain Batik Tulis Motif Parang", "batik-tenun", RATNA, 450000, 6,
                    "Batik tulis pewarna alam soga di atas katun primisima, ukuran 2 x 1,15 m. "
                            + "Setiap garis parang digambar dengan canting.",
                    "Karya penerima manfaat ATENSI di SKA Antasena Magelang."),
            new DemoProduct("MGL-BTK-002", "Kain Batik Tulis Motif Kawung", "batik-tenun", RATNA, 425000, 5,
                    "Batik tulis motif kawung klasik warna cokelat soga dan krem, katun primisima 2 x 1,15 m.",
                    null),
            new DemoProduct("MGL-BTK-003", "Kain Batik Cap Motif Sekar Jagad", "batik-tenun", RATNA, 175000, 14,
                    "Batik cap warna cerah di atas katun prima, ukuran 2 x 1,15 m. Cocok untuk kemeja atau rok.",
                    null),
            new DemoProduct("MGL-BTK-004", "Selendang Batik Tulis Sutra", "batik-tenun", RATNA, 350000, 0,
                    "Selendang sutra tipis 1,8 x 0,5 m dengan motif truntum yang dibatik tangan.",
                    null),
            new DemoProduct("MGL-BTK-005", "Kain Batik Tulis Motif Truntum", "batik-tenun", RATNA, 400000, 3,
                    "Motif bunga kecil bertabur, lambang kasih yang tumbuh. Katun primisima 2 x 1,15 m.",
                    null),
            new DemoProduct("BKS-BTK-001", "Kain Batik Cap Motif Sawah Bekasi", "batik-tenun", MAWAR, 165000, 12,
                    "Batik cap dengan motif padi dan saluran air khas Bekasi. Katun 2 x 1,15 m.",
                    null),
            new DemoProduct("BKS-BTK-002", "Kain Batik Cap Motif Mega Mendung", "batik-tenun", MAWAR, 155000, 16,
                    "Motif awan bergradasi biru di atas katun prima, ukuran 2 x 1,15 m.",
                    null),
            new DemoProduct("MDN-BTK-001", "Kain Tenun Ulos Ragi Hotang", "batik-tenun", RINA, 550000, 4,
                    "Ulos ragi hotang yang ditenun dengan alat tenun bukan mesin, 180 x 80 cm, dengan rumbai "
                            + "di kedua ujung.",
                    "Satu helai ulos ini ditenun Kak Rina selama tiga minggu."),
            new DemoProduct("MDN-BTK-002", "Selendang Tenun Songket Batubara", "batik-tenun", RINA, 375000, 7,
                    "Tenunan songket benang emas di atas dasar merah marun, 200 x 50 cm.",
                    null),
            new DemoProduct("MDN-BTK-003", "Kain Tenun Ikat Motif Gorga", "batik-tenun", RINA, 325000, 5,
                    "Kain tenun ikat dengan motif gorga Batak, benang katun diikat dan dicelup sebelum ditenun. "
                            + "Ukuran 200 x 70 cm.",
                    null),

            // anyaman
            new DemoProduct("BMS-ANY-001", "Tas Anyaman Pandan Motif Bunga", "anyaman", SERAYU, 125000, 15,
                    "Tas jinjing dari daun pandan yang dianyam rapat, dengan motif bunga berwarna dan "
                            + "lapisan kain di dalam. Ukuran 35 x 25 cm.",
                    "Dianyam tangan oleh KUBE Anyaman Serayu di Banyumas."),
            new DemoProduct("BMS-ANY-002", "Tikar Pandan Lipat 90 x 180 cm", "anyaman", SERAYU, 150000, 8,
                    "Tikar pandan lembut dan sejuk, bisa dilipat empat. Anyaman rapat dengan tepi dijahit kain.",
                    null),
            new DemoProduct("BMS-ANY-003", "Keranjang Anyaman Mendong Bertutup", "anyaman", SERAYU, 85000, 20,
                    "Keranjang serbaguna dari mendong kering, diameter 25 cm dan tinggi 20 cm, lengkap dengan tutup.",
                    null),
            new DemoProduct("BMS-ANY-004", "Kotak Tisu Anyaman Pandan", "anyaman", SERAYU, 45000, 30,
                    "Kotak tisu dari pandan yang dianyam motif kotak-kotak, pas untuk tisu ukuran standar.",
                    null),
            new DemoProduct("BMS-ANY-005", "Topi Anyaman Pandan Lebar", "anyaman", SERAYU, 55000, 0,
                    "Topi pantai bertepi lebar dari anyaman pandan halus dengan pita kain.",
                    null),
            new DemoProduct("MGL-ANY-001", "Besek Bambu Isi 10", "anyaman", BAMBU, 35000, 50,
                    "Sepuluh besek bambu 15 x 15 cm untuk nasi berkat, kue atau bingkisan, pengganti kotak plastik.",
                    null),
            new DemoProduct("MGL-ANY-002", "Tampah Bambu Diameter 50 cm", "anyaman", BAMBU, 40000, 25,
                    "Tampah dari bambu apus yang dianyam rapat, bertepi rotan. Untuk menampi beras atau "
                            + "menyajikan tumpeng.",
                    null),
            new DemoProduct("MGL-ANY-003", "Keranjang Parsel Bambu", "anyaman", BAMBU, 65000, 18,
                    "Keranjang parsel bergagang dari anyaman bambu, 40 x 30 cm. Cocok untuk bingkisan hari raya.",
                    null),
            new DemoProduct("MGL-ANY-004", "Kap Lampu Anyaman Bambu", "anyaman", BAMBU, 145000, 6,
                    "Kap lampu gantung berbentuk kubah, diameter 40 cm. Cahaya menembus celah anyaman "
                            + "dan membentuk pola di dinding.",
                    "Para anggota KUBE belajar menganyam bentuk kubah ini di balai."),
            new DemoProduct("BKS-ANY-001", "Keranjang Rotan Serbaguna", "anyaman", DARTO, 175000, 5,
                    "Keranjang rotan alami bertutup, 45 x 35 x 30 cm, untuk pakaian atau mainan.",
                    null),

            // fashion
            new DemoProduct("BKS-FSH-001", "Tas Jinjing Kain Perca", "fashion", MAWAR, 95000, 14,
                    "Tas jinjing dari potongan kain batik dan polos yang dijahit rapi, berlapis furing. "
                            + "Ukuran 38 x 32 cm.",
                    "Setiap tas punya susunan perca yang berbeda."),
            new DemoProduct("BKS-FSH-002", "Dompet Batik Resleting", "fashion", MAWAR, 35000, 40,
                    "Dompet kecil 18 x 10 cm dari kain batik cap dengan resleting logam.",
                    null),
            new DemoProduct("BKS-FSH-003", "Sandal Jepit Anyaman Mendong", "fashion", DARTO, 45000, 30,
                    "Sandal jepit dengan alas anyaman mendong dan sol karet anti selip. Tersedia ukuran 36 sampai 43.",
                    null),
            new DemoProduct("BKS-FSH-004", "Sandal Kulit Sapi Pria", "fashion", DARTO, 185000, 9,
                    "Sandal selop kulit sapi asli dengan jahitan tangan dan sol karet. Ukuran 39 sampai 44.",
                    null),
            new DemoProduct("BKS-FSH-005", "Sandal Tali Anyaman Wanita", "fashion", DARTO, 95000, 12,
                    "Sandal wanita dengan tali anyaman kain tenun dan alas empuk. Ukuran 36 sampai 40.",
                    null),
            new DemoProduct("MDN-FSH-001", "Tas Selempang Tenun Ulos", "fashion", RINA, 175000, 8,
                    "Tas selempang kecil dari tenunan ulos dengan tali kulit sintetis yang bisa diatur. "
                            + "Ukuran 24 x 18 cm.",
                    null),
            new DemoProduct("MDN-FSH-002", "Syal Tenun Songket", "fashion", RINA, 150000, 6,
                    "Syal ringan 160 x 30 cm dengan sisipan benang emas songket.",
                    null),
            new DemoProduct("MGL-FSH-001", "Kemeja Batik Cap Pria Lengan Pendek", "fashion", RATNA, 225000, 10,
                    "Kemeja katun batik cap motif parang, kancing batok kelapa. Ukuran M, L dan XL.",
                    null),
            new DemoProduct("MGL-FSH-002", "Masker Kain Batik Isi 3", "fashion", RATNA, 30000, 45,
                    "Tiga masker kain tiga lapis dari sisa kain batik, bisa dicuci dan dipakai ulang.",
                    null),

            // rumah-tangga
            new DemoProduct("BKS-RMT-001", "Keset Kain Perca", "rumah-tangga", MAWAR, 25000, 60,
                    "Keset oval 40 x 60 cm dari kain perca yang dikepang, menyerap air dan bisa dicuci mesin.",
                    null),
            new DemoProduct("BKS-RMT-002", "Sarung Bantal Kursi Perca 40 x 40 cm", "rumah-tangga", MAWAR, 45000, 25,
                    "Sarung bantal dengan susunan perca batik, resleting tersembunyi di sisi bawah.",
                    null),
            new DemoProduct("BKS-RMT-003", "Tatakan Gelas Kayu Jati Isi 6", "rumah-tangga", DARTO, 60000, 20,
                    "Enam tatakan gelas bulat diameter 10 cm dari sisa kayu jati, dilapis minyak food grade.",
                    null),
            new DemoProduct("BKS-RMT-004", "Talenan Kayu Mahoni 30 cm", "rumah-tangga", DARTO, 65000, 15,
                    "Talenan kayu mahoni 30 x 20 cm dengan lubang gantung, diampelas halus dan aman untuk makanan.",
                    null),
            new DemoProduct("MDN-RMT-001", "Taplak Meja Tenun Ikat", "rumah-tangga", RINA, 185000, 7,
                    "Taplak meja 150 x 90 cm dari kain tenun ikat katun dengan rumbai di kedua ujung.",
                    null),
            new DemoProduct("MGL-RMT-001", "Vas Bunga Bambu Ukir", "rumah-tangga", BAMBU, 75000, 12,
                    "Vas dari ruas bambu petung setinggi 30 cm dengan ukiran daun dan pelitur alami.",
                    null),
            new DemoProduct("MGL-RMT-002", "Tudung Saji Anyaman Bambu", "rumah-tangga", BAMBU, 55000, 22,
                    "Tudung saji diameter 45 cm dari bambu yang dianyam halus, ringan dan mudah dibersihkan.",
                    null),
            new DemoProduct("MGL-RMT-003", "Nampan Kayu Motif Batik", "rumah-tangga", RATNA, 95000, 10,
                    "Nampan kayu mahoni 35 x 25 cm yang dibatik dengan malam dan dilapis pernis tahan air.",
                    null),
            new DemoProduct("BMS-RMT-001", "Tatakan Piring Anyaman Pandan Isi 4", "rumah-tangga", SERAYU, 80000, 16,
                    "Empat tatakan piring oval 40 x 30 cm dari anyaman pandan berwarna alami dan hijau.",
                    null),

            // cinderamata
            new DemoProduct("MGL-CND-001", "Gantungan Kunci Wayang Kulit", "cinderamata", JOKO, 15000, 60,
                    "Wayang kulit mini 7 cm yang ditatah dan diwarnai tangan, dengan ring kunci baja.",
                    "Ditatah Pak Joko dari sisa kulit kerbau."),
            new DemoProduct("MGL-CND-002", "Wayang Kulit Gunungan Mini 30 cm", "cinderamata", JOKO, 175000, 6,
                    "Gunungan dari kulit kerbau yang ditatah dan disungging, dengan gagang tanduk. Tinggi 30 cm.",
                    null),
            new DemoProduct("MGL-CND-003", "Miniatur Stupa Kayu Sonokeling", "cinderamata", JOKO, 85000, 10,
                    "Miniatur stupa setinggi 12 cm dari kayu sonokeling, dibubut dan dipoles halus.",
                    null),
            new DemoProduct("MGL-CND-004", "Pembatas Buku Kulit Tatah", "cinderamata", JOKO, 20000, 40,
                    "Pembatas buku dari kulit tatah motif wayang, 15 x 4 cm, dengan tali rumbai.",
                    null),
            new DemoProduct("BKS-CND-001", "Gantungan Kunci Kayu Batik Isi 5", "cinderamata", MAWAR, 25000, 50,
                    "Lima gantungan kunci kayu berbentuk daun dan ikan, dibatik warna-warni. Cocok untuk suvenir acara.",
                    null),
            new DemoProduct("BKS-CND-002", "Bros Bunga Kain Perca", "cinderamata", MAWAR, 15000, 0,
                    "Bros bunga berdiameter 7 cm dari kain perca batik dengan peniti di belakang.",
                    null),
            new DemoProduct("MDN-CND-001", "Gantungan Kunci Ulos Mini", "cinderamata", RINA, 15000, 55,
                    "Potongan ulos mini 8 x 4 cm dengan rumbai dan ring kunci, oleh-oleh khas Medan.",
                    null),
            new DemoProduct("BMS-CND-001", "Gantungan Kunci Anyaman Pandan", "cinderamata", SERAYU, 10000, 60,
                    "Gantungan kunci berbentuk ketupat kecil dari pandan yang dianyam berwarna.",
                    null),

            // kecantikan
            new DemoProduct("MGL-KCN-001", "Sabun Herbal Sereh Wangi 100 g", "kecantikan", MENOREH, 18000, 45,
                    "Sabun mandi cold process dari minyak kelapa dan minyak sereh wangi. Segar dan lembut di kulit.",
                    "Dibuat dari sereh yang ditanam di kebun SKA Antasena."),
            new DemoProduct("MGL-KCN-002", "Sabun Herbal Kunyit Madu 100 g", "kecantikan", MENOREH, 20000, 40,
                    "Sabun batang dengan kunyit, madu dan minyak zaitun untuk kulit yang tampak cerah.",
                    null),
            new DemoProduct("MGL-KCN-003", "Lulur Tradisional Bengkuang 250 g", "kecantikan", MENOREH, 35000, 25,
                    "Lulur dari bengkuang, beras dan temu giring yang ditumbuk halus. Pot 250 g.",
                    null),
            new DemoProduct("MGL-KCN-004", "Minyak Urut Sereh Jahe 60 ml", "kecantikan", MENOREH, 30000, 30,
                    "Minyak pijat hangat dari minyak kelapa, sereh dan jahe. Botol 60 ml.",
                    null),
            new DemoProduct("MGL-KCN-005", "Scrub Kopi Robusta 200 g", "kecantikan", MENOREH, 40000, 0,
                    "Scrub tubuh dari ampas kopi robusta, gula dan minyak kelapa. Pot 200 g.",
                    null),
            new DemoProduct("BKS-KCN-001", "Sabun Herbal Daun Sirih 100 g", "kecantikan", MAWAR, 18000, 35,
                    "Sabun batang dari minyak kelapa dan ekstrak daun sirih, wangi segar alami.",
                    null),
            new DemoProduct("MDN-KCN-001", "Minyak Kemiri Perawatan Rambut 100 ml", "kecantikan", ANDALIMAN, 35000, 28,
                    "Minyak kemiri sangrai murni untuk melembapkan kulit kepala dan rambut. Botol 100 ml.",
                    null),
            new DemoProduct("BMS-KCN-001", "Bedak Dingin Beras Kencur", "kecantikan", LESTARI, 15000, 40,
                    "Butiran bedak dingin dari beras dan kencur yang dikeringkan. Larutkan dengan sedikit air "
                            + "lalu oleskan tipis.",
                    null));

    private DemoCatalog() {
    }

    /** The demo units: first Bekasi and Magelang, then an LKS and a Loka. */
    public static List<DemoUnit> units() {
        return UNITS;
    }

    /** The demo makers; "Ibu Sari" of Bekasi is the maker of the demo account pengrajin.sari. */
    public static List<DemoMaker> makers() {
        return MAKERS;
    }

    /** The demo products, each of a maker in {@link #makers()}. */
    public static List<DemoProduct> products() {
        return PRODUCTS;
    }
}
