package org.sentrakreasi.deploy.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The server-rendered pages over plain HTTP (the browser IT covers what needs a real browser). */
class PagesIT {

    private final RunningApplication app = Applications.h2();

    @Test
    void homePageShowsTheShopInIndonesianWithProductCards() {
        HttpResponse<String> home = Http.get(app.url("/"));
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body())
                .contains("Sentra Kreasi")
                .contains("lang=\"id\"")
                .contains("Karya terbaru")
                .contains("class=\"product-card\"")
                .containsPattern("Rp[0-9]{1,3}(\\.[0-9]{3})+")
                .as("every script and stylesheet resolves").doesNotContain("RES_NOT_FOUND");
    }

    @Test
    void englishIsOneLinkAwayAndStaysForTheVisit() {
        HttpResponse<String> english = Http.get(app.url("/index.xhtml?lang=en"));
        assertThat(english.body()).contains("Latest works").contains("lang=\"en\"");
        String cookie = english.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        HttpResponse<String> next = Http.send(Http.request(app.url("/")).header("Cookie", cookie).GET().build());
        assertThat(next.body()).contains("Latest works");
    }

    @Test
    void formerSearchLinksOfTheHomePageMoveToTheSearchPage() {
        HttpResponse<String> former = Http.get(app.url("/index.xhtml?q=keripik&page=1"));
        assertThat(former.statusCode()).isEqualTo(301);
        String location = former.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/cari?q=keripik&page=2");
        HttpResponse<String> results = Http.get(app.url("/cari?q=keripik"));
        assertThat(results.statusCode()).isEqualTo(200);
        assertThat(results.body()).contains("Hasil pencarian untuk \u201ckeripik\u201d").containsIgnoringCase("Keripik");
    }

    @Test
    void pagesCarryAContentSecurityPolicyAndSecureHeaders() {
        HttpResponse<String> home = Http.get(app.url("/"));
        assertThat(home.headers().allValues("Content-Security-Policy")).as("exactly one policy").hasSize(1);
        assertThat(home.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-ancestors 'none'")
                .containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+'")
                .doesNotContain("unsafe-eval");
        assertThat(home.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(home.headers().firstValue("Referrer-Policy")).isPresent();
    }

    @Test
    void errorPagesCarryExactlyTheOnePolicyTheirScriptsWorkWith() {
        PageSession sari = PageSession.signIn(app, "pengrajin.sari", "demo-pengrajin");
        String notHers = workOfUnit(unitOf(MAGELANG)).get("id").asText();
        Map<String, HttpResponse<String>> errors = new java.util.LinkedHashMap<>();
        errors.put("403 from the page's own check", sari.get("/akun/produk/edit.xhtml?id=" + notHers));
        errors.put("404 from the page's own check", sari.get("/akun/produk/edit.xhtml?id=abc"));
        errors.put("404 of the container", Http.get(app.url("/tidak-ada.xhtml")));
        for (Map.Entry<String, HttpResponse<String>> error : errors.entrySet()) {
            HttpResponse<String> page = error.getValue();
            assertThat(page.statusCode()).as(error.getKey()).isIn(403, 404);
            assertThat(page.headers().allValues("Content-Security-Policy")).as(error.getKey()).hasSize(1);
            Matcher nonce = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"").matcher(page.body());
            if (nonce.find()) {
                assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).as(error.getKey())
                        .contains("'nonce-" + nonce.group(1) + "'");
            }
        }
    }

    @Test
    void pagesWithViewParametersLogNoWarningAndStillReadTheirParameters() throws java.io.IOException {
        long before = java.nio.file.Files.size(app.log());
        HttpResponse<String> login = Http.get(app.url("/login.xhtml?next=%2Fakun%2Fpendapatan.xhtml"));
        assertThat(login.body()).as("the view parameter is read").contains("value=\"/akun/pendapatan.xhtml\"");
        HttpResponse<String> search = Http.get(app.url("/cari?q=tas&sort=newest"));
        assertThat(search.body()).contains("<option value=\"newest\" selected=\"selected\">");
        assertThat(PageSession.signIn(app, "pengrajin.sari", "demo-pengrajin").get("/akun/produk/edit.xhtml?id=abc")
                .statusCode()).as("the view action runs").isEqualTo(404);
        String logged;
        try (java.io.RandomAccessFile log = new java.io.RandomAccessFile(app.log().toFile(), "r")) {
            byte[] added = new byte[(int) (log.length() - before)];
            log.seek(before);
            log.readFully(added);
            logged = new String(added, java.nio.charset.StandardCharsets.UTF_8);
        }
        assertThat(logged).doesNotContain("JSF1103");
    }

    @Test
    void unknownPagesGetAFriendlyIndonesian404() {
        HttpResponse<String> missing = Http.get(app.url("/tidak-ada.xhtml"));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Halaman tidak ditemukan").doesNotContain("at org.").doesNotContain("Stack trace");
    }

    @Test
    void accountPagesAskForSignInFirst() {
        HttpResponse<String> account = Http.get(app.url("/akun/index.xhtml"));
        assertThat(account.statusCode()).isBetween(300, 399);
        assertThat(account.headers().firstValue("Location").orElse("")).contains("/login.xhtml");
        HttpResponse<String> login = Http.get(app.url("/login.xhtml"));
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("Kata sandi").contains("jakarta.faces.ViewState");
    }

    @Test
    void theLoginSendsOnlyToPagesOfThisSite() {
        for (String elsewhere : List.of("//evil.example/", "/\t/evil.example/", "/\\evil.example/", "https://evil.example/")) {
            PageSession visitor = PageSession.anonymous(app);
            HttpResponse<String> login = visitor.get("/login.xhtml");
            HttpResponse<String> signedIn = visitor.submit(login, "login", "login:submit", Map.of(
                    "login:username", "pengrajin.sari", "login:password", "demo-pengrajin", "next", elsewhere));
            assertThat(signedIn.headers().firstValue("Location").orElse("")).as(elsewhere).endsWith("/akun/index.xhtml");
        }
    }

    @Test
    void aMakerGetsThe403PageForStaffPagesAndTheOwnPagesOpen() {
        PageSession sari = PageSession.signIn(app, "pengrajin.sari", "demo-pengrajin");
        for (String staffPage : List.of("/akun/moderasi.xhtml", "/akun/impor.xhtml", "/akun/dasbor.xhtml",
                "/akun/kohort/index.xhtml", "/akun/penerima/index.xhtml", "/akun/pesanan/index.xhtml")) {
            HttpResponse<String> refused = sari.get(staffPage);
            assertThat(refused.statusCode()).as(staffPage).isEqualTo(403);
            assertThat(refused.body()).as(staffPage).contains("Akses ditolak");
        }
        for (String ownPage : List.of("/akun/produk/index.xhtml", "/akun/pendapatan.xhtml", "/akun/pesanan-saya.xhtml")) {
            assertThat(sari.get(ownPage).statusCode()).as(ownPage).isEqualTo(200);
        }
        HttpResponse<String> staffPage = PageSession.signIn(app, BEKASI[0], BEKASI[1]).get("/akun/moderasi.xhtml");
        assertThat(staffPage.statusCode()).isEqualTo(200);
        assertThat(staffPage.headers().firstValue("Cache-Control")).as("a signed-in page is kept by no cache")
                .hasValue("no-store");
    }

    @Test
    void theListingFormPostsBackToItsListingAndAnExpiredPageOrSessionComesBackToIt() {
        String id = Http.json(Http.post(app.url("/api/v1/products"), "pengrajin.sari", "demo-pengrajin",
                "{\"name\":\"Tas Kembali\",\"category\":\"anyaman\",\"price\":5000,\"stock\":1}")).get("id").asText();
        String page = "/akun/produk/edit.xhtml?id=" + id;
        PageSession sari = PageSession.signIn(app, "pengrajin.sari", "demo-pengrajin");
        assertThat(sari.get(page).body()).containsPattern("<form id=\"listing\"[^>]*action=\"[^\"]*edit\\.xhtml\\?id=" + id + "\"");
        // Only the page's own parameters: a field's value in a link must not overrule what is typed.
        assertThat(sari.get(page + "&listing%3Aprice_hinput=1&primefaces.nonce=x").body())
                .containsPattern("<form id=\"listing\"[^>]*action=\"[^\"]*edit\\.xhtml\\?id=" + id + "\"");

        Map<String, String> button = Map.of("jakarta.faces.source", "listing:save", "jakarta.faces.partial.execute", "@this",
                "listing", "listing", "jakarta.faces.ViewState", "123:456");
        // A view the server no longer holds: the page is loaded again, at its own address.
        HttpResponse<String> expired = sari.ajax(page, button);
        assertThat(expired.body()).contains("<redirect url=\"").contains("edit.xhtml?id=" + id + "\"");
        // No session any more: to the login, which then comes back to this listing.
        HttpResponse<String> signedOut = PageSession.anonymous(app).ajax(page, button);
        assertThat(signedOut.headers().firstValue("Content-Type").orElse("")).startsWith("text/xml");
        assertThat(signedOut.body()).contains("<partial-response><redirect url=\"")
                .contains("login.xhtml?next=%2Fakun%2Fproduk%2Fedit.xhtml%3Fid%3D" + id);
    }

    @Test
    void aFormPostedAfterTheSessionEndedLoadsThePageAgainWithAMessage() {
        String product = "/p/" + aDemoWorkWithAPhoto().get("slug").asText();
        for (String[] form : List.of(new String[] {"/login.xhtml", "login", "login:submit"},
                new String[] {"/lacak", "track", "track:submit"}, new String[] {product, "add", "add:add-to-cart"})) {
            HttpResponse<String> page = PageSession.anonymous(app).get(form[0]);
            // The same page posted by a browser that no longer has its session cookie.
            PageSession sessionGone = PageSession.anonymous(app);
            HttpResponse<String> posted = sessionGone.submit(page, form[1], form[2], Map.of());
            assertThat(posted.statusCode()).as(form[0] + ": " + posted.body()).isBetween(300, 399);
            String location = posted.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
            assertThat(location).as(form[0]).startsWith(form[0]);
            HttpResponse<String> again = sessionGone.get(location);
            assertThat(again.statusCode()).as(form[0]).isEqualTo(200);
            assertThat(again.body()).as(form[0]).contains("Halaman ini sudah terlalu lama terbuka")
                    .contains("Halaman sudah dimuat ulang");
        }
        // A view state in the address (a crafted link) is not carried into the reload, which would expire again.
        PageSession visitor = PageSession.anonymous(app);
        HttpResponse<String> crafted = visitor.get("/lacak?kode=ABC&jakarta.faces.ViewState=x%3A1");
        for (int hops = 0; hops < 3 && crafted.statusCode() >= 300 && crafted.statusCode() < 400; hops++) {
            String next = crafted.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
            assertThat(next).as("the reload of a crafted address").doesNotContain("ViewState");
            crafted = visitor.get(next);
        }
        assertThat(crafted.statusCode()).as("a crafted address ends on a page, not in a loop").isEqualTo(200);
    }

    @Test
    void aCoordinatorSeesTheMakerOfASavedListingAndIsToldAtTheFieldWhenANewOnesMakerIsOfAnotherUnit() {
        String sariMaker = Http.json(Http.get(app.url("/api/v1/me"), "pengrajin.sari", "demo-pengrajin")).get("makerId").asText();
        String id = Http.json(Http.post(app.url("/api/v1/products"), "pengrajin.sari", "demo-pengrajin",
                "{\"name\":\"Tas Pengrajin Tetap\",\"category\":\"anyaman\",\"price\":5000,\"stock\":1}")).get("id").asText();
        PageSession bekasi = PageSession.signIn(app, BEKASI[0], BEKASI[1]);
        HttpResponse<String> saved = bekasi.get("/akun/produk/edit.xhtml?id=" + id);
        assertThat(saved.body()).as("no field whose change would be ignored").doesNotContain("id=\"listing:maker\"");
        assertThat(between(saved.body(), "id=\"listing-maker\"", "</dd>")).contains(sariMaker);

        String magelangMaker = makerOfUnit(unitOf(MAGELANG));
        HttpResponse<String> refused = bekasi.submit(bekasi.get("/akun/produk/edit.xhtml"), "listing", "listing:save",
                Map.of("listing:name", "Tas Unit Lain", "listing:category_input", "anyaman", "listing:price_hinput", "5000",
                        "listing:stock_hinput", "1", "listing:maker", magelangMaker));
        assertThat(refused.statusCode()).as("the form, not the 403 page").isEqualTo(200);
        assertThat(between(refused.body(), "id=\"listing:maker\"", "</div>")).contains("Isi ID pengrajin dari unit Anda")
                .contains("aria-invalid=\"true\"");
        assertThat(refused.body()).contains("value=\"Tas Unit Lain\"").doesNotContain("Akses ditolak");
    }

    /** The maker of some published work of that unit. */
    private String makerOfUnit(String unitId) {
        return workOfUnit(unitId).get("maker").get("id").asText();
    }

    /** Some published work of that unit, with its details. */
    private JsonNode workOfUnit(String unitId) {
        for (JsonNode item : Http.json(Http.get(app.url("/api/v1/products?size=100"))).get("items")) {
            JsonNode details = Http.json(Http.get(app.url("/api/v1/products/" + item.get("id").asText())));
            if (unitId.equals(details.get("unit").get("id").asText())) {
                return details;
            }
        }
        throw new AssertionError("no published work of unit " + unitId);
    }

    @Test
    void photoRefusalsAreSaidInThePagesLanguageWithTheLimitThatWasExceeded() throws java.io.IOException {
        PageSession sari = PageSession.signIn(app, "pengrajin.sari", "demo-pengrajin");
        String full = Http.json(Http.post(app.url("/api/v1/products"), "pengrajin.sari", "demo-pengrajin",
                "{\"name\":\"Tas Delapan Foto\",\"category\":\"anyaman\",\"price\":5000,\"stock\":1}")).get("id").asText();
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
        for (int n = 0; n < 8; n++) {
            HttpResponse<String> added = Http.postBytes(app.url("/api/v1/products/" + full + "/photos"), "pengrajin.sari",
                    "demo-pengrajin", "image/png", png.toByteArray());
            assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        }
        String page = "/akun/produk/edit.xhtml?id=" + full;
        HttpResponse<String> ninth = sari.upload(sari.get(page), page, "listing", "listing:photo", "listing:photos",
                "image/png", png.toByteArray());
        assertThat(ninth.body()).contains("Satu produk paling banyak punya 8 foto").doesNotContain("at most");

        String empty = Http.json(Http.post(app.url("/api/v1/products"), "pengrajin.sari", "demo-pengrajin",
                "{\"name\":\"Tas Foto Raksasa\",\"category\":\"anyaman\",\"price\":5000,\"stock\":1}")).get("id").asText();
        page = "/akun/produk/edit.xhtml?id=" + empty;
        HttpResponse<String> huge = sari.upload(sari.get(page), page, "listing", "listing:photo", "listing:photos", "image/png",
                pngHeader(30_000, 30_000));
        assertThat(huge.body()).contains("Ukuran gambar foto terlalu besar (paling banyak 50 megapiksel")
                .doesNotContain("10 MB)");
        HttpResponse<String> english = sari.upload(sari.get(page + "&lang=en"), page, "listing", "listing:photo",
                "listing:photos", "image/png", pngHeader(30_000, 30_000));
        assertThat(english.body()).contains("The dimensions of the picture are too large (at most 50 megapixels");
    }

    /** The start of a PNG whose header claims the size; the pixel data is never reached. */
    private static byte[] pngHeader(int width, int height) {
        java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(17).put("IHDR".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(ihdr.array());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
        out.writeBytes(ihdr.array());
        out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        return out.toByteArray();
    }

    @Test
    void aHandMadePageRequestOfTheListingsTableGetsTheFirstPage() {
        PageSession bekasi = PageSession.signIn(app, BEKASI[0], BEKASI[1]);
        HttpResponse<String> list = bekasi.get("/akun/produk/index.xhtml");
        for (String[] firstAndRows : List.of(new String[] {"-20", "20"}, new String[] {"0", "0"}, new String[] {"20", "-5"})) {
            HttpResponse<String> page = bekasi.ajax(list, "/akun/produk/index.xhtml", Map.of("jakarta.faces.source", "listings:table",
                    "jakarta.faces.partial.execute", "listings:table", "jakarta.faces.partial.render", "listings:table",
                    "listings:table_pagination", "true", "listings:table_first", firstAndRows[0],
                    "listings:table_rows", firstAndRows[1], "listings", "listings"));
            assertThat(page.statusCode()).as(String.join(",", firstAndRows)).isEqualTo(200);
            assertThat(page.body()).as(String.join(",", firstAndRows)).contains("<partial-response").doesNotContain("<error>");
        }
    }

    @Test
    void signingOutKeepsTheChosenLanguage() {
        PageSession sari = PageSession.signIn(app, "pengrajin.sari", "demo-pengrajin");
        HttpResponse<String> account = sari.get("/akun/index.xhtml?lang=en");
        HttpResponse<String> signedOut = sari.submit(account, "account", "account:logout", Map.of());
        assertThat(signedOut.statusCode()).isEqualTo(302);
        String home = signedOut.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        assertThat(sari.get(home).body()).as("the home page after signing out, in English")
                .containsPattern("<html[^>]*\\slang=\"en\"");
    }

    @Test
    void theNewListingFormSentTwiceMakesOneListing() {
        String name = "Tas Dua Kali " + letters();
        PageSession sari = PageSession.signIn(app, "pengrajin.sari", "demo-pengrajin");
        HttpResponse<String> form = sari.get("/akun/produk/edit.xhtml");
        Map<String, String> fields = Map.of("listing:name", name, "listing:category_input", "anyaman",
                "listing:price_hinput", "15000", "listing:stock_hinput", "2");
        // Back to the filled form after it was saved, and saved again: the same view state twice.
        assertThat(sari.submit(form, "listing", "listing:save", fields).statusCode()).isEqualTo(302);
        assertThat(sari.submit(form, "listing", "listing:save", fields).statusCode()).isBetween(200, 399);
        JsonNode mine = Http.json(Http.get(app.url("/api/v1/me/products?size=100"), "pengrajin.sari", "demo-pengrajin"));
        List<String> named = new ArrayList<>();
        mine.get("items").forEach(item -> {
            if (item.get("name").asText().equals(name)) {
                named.add(item.get("id").asText());
            }
        });
        assertThat(named).hasSize(1);
    }

    @Test
    void aNumberFieldPostedWithLettersGetsAMessageNotTheErrorPage() {
        PageSession sari = PageSession.signIn(app, "pengrajin.sari", "demo-pengrajin");
        HttpResponse<String> form = sari.get("/akun/produk/edit.xhtml");
        // What the page's script never sends, but a hand-made post can.
        HttpResponse<String> answer = sari.submit(form, "listing", "listing:save", Map.of("listing:name", "Tas Huruf",
                "listing:price_hinput", "abc", "listing:stock_hinput", "1"));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("Angka yang dikirim tidak terbaca").doesNotContain("Terjadi kesalahan");

        // A name of spaces passes the page's "required" but not the service: said at the field, in Indonesian.
        HttpResponse<String> blankName = sari.submit(sari.get("/akun/produk/edit.xhtml"), "listing", "listing:save",
                Map.of("listing:name", "   ", "listing:category_input", "anyaman", "listing:price_hinput", "1000",
                        "listing:stock_hinput", "1"));
        assertThat(blankName.statusCode()).isEqualTo(200);
        assertThat(blankName.body()).contains("Isi nama produk, paling banyak 160 karakter.")
                .doesNotContain("must not be blank");
    }

    // ---- public storefront: search, category, product, maker and cart pages -------------------------

    @Test
    void searchWithWordsAFilterASortAndAPageAnswersTheRightWorks() {
        String word = letters() + "anyam";
        importListings(word, 14);
        Eventually.await(() -> Http.json(Http.get(app.url("/api/v1/products?q=" + word))).get("total").asLong(),
                total -> total == 14, "the imported works in search");

        HttpResponse<String> all = Http.get(app.url("/cari?q=" + word));
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.body()).contains("<title>Hasil pencarian untuk \u201c" + word + "\u201d")
                .contains("14 karya ditemukan").contains("id=\"facet-category\"").contains("id=\"facet-price\"");
        assertThat(cardNames(all.body())).hasSize(12);
        assertThat(facetLink(all.body(), "Makanan")).as("the category facet with its count")
                .contains("category=makanan").contains("(1)");
        assertThat(facetLink(all.body(), "Kabupaten Bogor")).contains("region=Kabupaten+Bogor").contains("(4)");

        HttpResponse<String> second = Http.get(app.url("/cari?q=" + word + "&category=anyaman&sort=price_asc&page=2"));
        assertThat(second.body()).contains("13 karya ditemukan").contains("Halaman 2 dari 2")
                .contains("<option value=\"price_asc\" selected=\"selected\">");
        assertThat(cardNames(second.body())).as("the dearest of thirteen, alone on page two")
                .containsExactly("Tas " + word + " 13");
        assertThat(between(second.body(), "id=\"previous-page\"", ">")).contains("category=anyaman").contains("sort=price_asc")
                .doesNotContain("page=");

        HttpResponse<String> cheapest = Http.get(app.url("/cari?q=" + word + "&maxPrice=24999&sort=price_desc"));
        assertThat(cardNames(cheapest.body())).containsExactly("Tas " + word + " 2", "Tas " + word + " 1");
        HttpResponse<String> bogor = Http.get(app.url("/cari?q=" + word + "&region=Kabupaten%20Bogor&sort=newest"));
        assertThat(bogor.body()).contains("4 karya ditemukan");

        HttpResponse<String> none = Http.get(app.url("/cari?q=" + word + "zzz&page=abc&minPrice=x"));
        assertThat(none.statusCode()).as("nonsense in the address is left out, not a failure").isEqualTo(200);
        assertThat(none.body()).contains("0 karya ditemukan").contains("Tidak ada karya yang cocok")
                .contains("Periksa ejaan").contains("/kategori/anyaman");
    }

    @Test
    void aCategoryPageIsTheSearchPageWithItsOwnTitle() {
        long total = Http.json(Http.get(app.url("/api/v1/products?category=anyaman&size=1"))).get("total").asLong();
        HttpResponse<String> category = Http.get(app.url("/kategori/anyaman"));
        assertThat(category.statusCode()).isEqualTo(200);
        assertThat(category.body()).contains("<title>Anyaman · Sentra Kreasi ATENSI</title>")
                .contains("<h1 id=\"search-heading\">Anyaman</h1>")
                .contains(total + " karya ditemukan")
                .contains("rel=\"canonical\" href=\"" + app.url("/kategori/anyaman") + "\"")
                .as("the category is the page, not a filter").doesNotContain("id=\"facet-category\"");
        assertThat(metaContent(category.body(), "name=\"description\"")).contains("Anyaman");
        assertThat(Http.get(app.url("/kategori/tidak-ada")).statusCode()).isEqualTo(404);
        assertThat(Http.get(app.url("/kategori/Anyaman")).statusCode()).isEqualTo(404);
    }

    @Test
    void aProductPageHasItsTitleDescriptionOpenGraphTagsAndCanonicalAddress() {
        JsonNode product = aDemoWorkWithAPhoto();
        String slug = product.get("slug").asText();
        JsonNode details = Http.json(Http.get(app.url("/api/v1/products/" + product.get("id").asText())));

        HttpResponse<String> page = Http.get(app.url("/p/" + slug));
        assertThat(page.statusCode()).isEqualTo(200);
        String name = details.get("name").asText();
        assertThat(page.body()).contains("<title>" + name + " · Sentra Kreasi ATENSI</title>")
                .contains("rel=\"canonical\" href=\"" + app.url("/p/" + slug) + "\"")
                .contains("Karya penerima manfaat ATENSI \u2014 " + details.get("unit").get("name").asText())
                .contains("/pengrajin/").contains("Karya terkait");
        assertThat(metaContent(page.body(), "property=\"og:type\"")).isEqualTo("product");
        assertThat(metaContent(page.body(), "property=\"og:title\"")).isEqualTo(name);
        assertThat(metaContent(page.body(), "property=\"og:url\"")).isEqualTo(app.url("/p/" + slug));
        assertThat(metaContent(page.body(), "property=\"og:image\"")).isEqualTo(app.url(details.get("imageUrl").asText()));
        assertThat(metaContent(page.body(), "property=\"og:description\""))
                .isEqualTo(metaContent(page.body(), "name=\"description\"")).isNotBlank();
        assertThat(Http.getBytes(app.url(details.get("imageUrl").asText())).statusCode()).isEqualTo(200);

        for (String missing : List.of("/p/tidak-ada-" + letters(), "/p/Huruf-Besar", "/p/", "/pengrajin/tidak-ada",
                "/p/" + slug + "/lagi")) {
            HttpResponse<String> notFound = Http.get(app.url(missing));
            assertThat(notFound.statusCode()).as(missing).isEqualTo(404);
            assertThat(notFound.body()).as(missing).contains("Halaman tidak ditemukan");
        }
    }

    @Test
    void aMakerPageShowsThePublicProfileAndTheMakersWorks() {
        JsonNode product = aDemoWorkWithAPhoto();
        JsonNode maker = Http.json(Http.get(app.url("/api/v1/makers/" + product.get("maker").get("id").asText())));
        assertThat(maker.get("products").size()).isPositive();
        assertThat(Http.get(app.url("/api/v1/makers/999999999")).statusCode()).isEqualTo(404);

        HttpResponse<String> page = Http.get(app.url("/pengrajin/" + maker.get("slug").asText()));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<title>" + maker.get("name").asText() + " · Sentra Kreasi ATENSI</title>")
                .contains("<h1 id=\"maker-heading\">" + maker.get("name").asText() + "</h1>")
                .contains("Karya (" + maker.get("products").size() + ")");
        assertThat(cardNames(page.body())).hasSize(maker.get("products").size());
        assertThat(metaContent(page.body(), "property=\"og:url\"")).isEqualTo(app.url("/pengrajin/" + maker.get("slug").asText()));
        if (maker.hasNonNull("story")) {
            assertThat(page.body()).contains(maker.get("story").asText().split("[^\\p{L} ]")[0]);
        }
    }

    @Test
    void theLanguageSwitchKeepsThePageAndItsQuery() {
        HttpResponse<String> search = Http.get(app.url("/cari?q=tas&sort=newest"));
        String english = attribute(search.body(), "lang-en", "href");
        assertThat(english).isEqualTo("?q=tas&amp;sort=newest&amp;lang=en");
        HttpResponse<String> switched = Http.get(app.url("/cari?q=tas&sort=newest&lang=en"));
        assertThat(switched.body()).contains("Search results for").contains("<option value=\"newest\" selected=\"selected\">Newest")
                .contains(between(search.body(), "id=\"result-count\"", "</p>").replaceAll("[^0-9]", ""));
        assertThat(attribute(switched.body(), "lang-id", "href")).isEqualTo("?q=tas&amp;sort=newest&amp;lang=id");

        String name = "Bahasa Pilihan " + letters();
        register(BEKASI, name);
        String id = idOf(BEKASI, name);
        PageSession bekasi = PageSession.signIn(app, BEKASI[0], BEKASI[1]);
        HttpResponse<String> record = bekasi.get("/akun/penerima/detail.xhtml?id=" + id);
        assertThat(attribute(record.body(), "lang-en", "href")).isEqualTo("?id=" + id + "&amp;lang=en");
        HttpResponse<String> granted = bekasi.submit(record, "consent", button(record, "DISPLAY_NAME", "grant"), Map.of());
        assertThat(attribute(granted.body(), "lang-en", "href")).as("after a postback too").isEqualTo("?id=" + id + "&amp;lang=en");
        assertThat(bekasi.get("/akun/penerima/detail.xhtml?id=" + id + "&lang=en").body()).contains(name).contains("lang=\"en\"");
    }

    @Test
    void theCartTakesWorksFromTheProductPageChangesAndRemovesThemAndSurvivesSigningIn() {
        String word = letters() + "keranjang";
        importListings(word, 3);
        JsonNode items = Eventually.await(() -> Http.json(Http.get(app.url("/api/v1/products?sort=price_asc&q=" + word))).get("items"),
                found -> found.size() == 3, "the imported works in search");
        String first = items.get(0).get("slug").asText();
        String second = items.get(1).get("slug").asText();
        String secondId = items.get(1).get("id").asText();
        PageSession shopper = PageSession.anonymous(app);

        HttpResponse<String> product = shopper.get("/p/" + first);
        assertThat(product.body()).contains("Sisa 3").contains("Tambah ke keranjang");
        HttpResponse<String> tooMany = shopper.submit(product, "add", "add:add-to-cart", Map.of("add:quantity", "4"));
        assertThat(between(tooMany.body(), "id=\"add:quantity\"", "</div>")).contains("Stok tinggal 3")
                .contains("aria-invalid=\"true\"");
        HttpResponse<String> added = shopper.submit(tooMany, "add", "add:add-to-cart", Map.of("add:quantity", "2"));
        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(between(added.body(), "id=\"add-status-region\"", "</div>"))
                .contains("Tas " + word + " 1 masuk keranjang");
        assertThat(between(added.body(), "id=\"cart-link\"", "</a>")).contains("Keranjang, 2 barang");
        shopper.submit(shopper.get("/p/" + second), "add", "add:add-to-cart", Map.of("add:quantity", "1"));

        HttpResponse<String> cart = shopper.get("/keranjang");
        assertThat(cart.body()).contains("<title>Keranjang belanja · Sentra Kreasi ATENSI</title>")
                .contains("Tas " + word + " 1").contains("Tas " + word + " 2")
                .contains("Subtotal Rp20.000").contains("Subtotal Rp20.000").contains("Total Rp40.000")
                .contains("id=\"checkout-link\"");

        HttpResponse<String> exceeding = shopper.submit(cart, "cart", "cart:update",
                Map.of("cart:lines:0:quantity", "5", "cart:lines:1:quantity", "1"));
        assertThat(exceeding.body()).contains("Stok tinggal 3. Kurangi jumlahnya").contains("Total Rp70.000")
                .doesNotContain("id=\"checkout-link\"").contains("Perbaiki baris yang ditandai");
        HttpResponse<String> fixed = shopper.submit(exceeding, "cart", "cart:update",
                Map.of("cart:lines:0:quantity", "3", "cart:lines:1:quantity", "1"));
        assertThat(fixed.body()).contains("Total Rp50.000").contains("id=\"checkout-link\"");

        expectOk(Http.post(app.url("/api/v1/products/" + secondId + "/archive"), BEKASI[0], BEKASI[1], null));
        HttpResponse<String> withdrawn = shopper.get("/keranjang");
        assertThat(withdrawn.body()).contains("tidak dijual lagi").doesNotContain("id=\"checkout-link\"");

        shopper.signIn("pengrajin.sari", "demo-pengrajin");
        HttpResponse<String> afterSignIn = shopper.get("/keranjang");
        assertThat(afterSignIn.body()).as("the cart survives signing in").contains("Tas " + word + " 1").contains("Total Rp50.000");
        HttpResponse<String> removed = shopper.submit(afterSignIn, "cart", "cart:lines:1:remove", Map.of());
        assertThat(removed.body()).contains("dihapus dari keranjang").contains("Total Rp30.000").contains("id=\"checkout-link\"");
        HttpResponse<String> empty = shopper.submit(removed, "cart", "cart:lines:0:remove", Map.of());
        assertThat(empty.body()).contains("Keranjang Anda masih kosong");
        assertThat(between(empty.body(), "id=\"cart-link\"", "</a>")).contains("Keranjang, 0 barang");
    }

    @Test
    void aSoldOutWorkCannotBeAddedToTheCart() {
        String word = letters() + "habis";
        String csv = Imports.HEADER + "PG-" + word + ",Kue " + word + ",,makanan,15000,0,Ibu Sari,,,PUBLISHED\n";
        Imports.awaitJob(app, BEKASI[0], Imports.start(app, BEKASI[0], csv));
        String slug = Eventually.await(() -> Http.json(Http.get(app.url("/api/v1/products?q=" + word))).get("items"),
                found -> found.size() == 1, "the sold-out work in search").get(0).get("slug").asText();
        HttpResponse<String> page = Http.get(app.url("/p/" + slug));
        assertThat(page.body()).contains("id=\"stock-state\" class=\"stock-state sold-out\">Habis");
        assertThat(between(page.body(), "id=\"add:add-to-cart\"", ">")).contains("disabled");
    }

    // ---- checkout, confirmation, tracking and the coordinators' order pages ---------------------------

    @Test
    void checkoutSaysEachRefusalAtItsFieldKeepsWhatWasTypedAndPlacesOneOrderForADoubleSubmit() throws Exception {
        JsonNode work = Shopping.sarisWork(app, letters() + "checkout", 30_000, 5);
        String name = work.get("name").asText();
        PageSession shopper = PageSession.anonymous(app);
        HttpResponse<String> empty = shopper.get("/checkout");
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("Keranjang Anda masih kosong").contains("href=\"/cari\"")
                .doesNotContain("id=\"checkout\"");

        shopper.submit(shopper.get("/p/" + work.get("slug").asText()), "add", "add:add-to-cart", Map.of("add:quantity", "2"));
        HttpResponse<String> checkout = shopper.get("/checkout");
        assertThat(checkout.body()).contains("<title>Checkout · Sentra Kreasi ATENSI</title>").contains(name)
                .contains("2 \u00d7 Rp30.000").contains("Total Rp60.000")
                .contains("Tempat mengambil: Balai Pangudi Luhur Bekasi");

        Map<String, String> form = new java.util.LinkedHashMap<>(Map.of("checkout:name", "", "checkout:email", "bukan-email",
                "checkout:phone", "0812 3456 7890", "checkout:delivery", "SHIPPING", "checkout:address", "Jl. Melati 7",
                "checkout:city", "Bekasi", "checkout:postalCode", "171", "checkout:payment", "PAY_AT_PICKUP"));
        HttpResponse<String> refused = shopper.submit(checkout, "checkout", "checkout:place", form);
        assertThat(refused.statusCode()).as("answered in place").isEqualTo(200);
        assertThat(refused.body()).contains("Pesanan belum dibuat. Perbaiki isian yang ditandai.");
        assertThat(checkoutField(refused, "name")).contains("aria-invalid=\"true\"").contains("Wajib diisi.")
                .contains("aria-describedby=\"checkout:name-error\"");
        assertThat(checkoutField(refused, "email")).as("the refusal, with what was typed")
                .contains("Masukkan alamat email yang benar").contains("value=\"bukan-email\"");
        assertThat(checkoutField(refused, "postalCode")).contains("5 angka").contains("value=\"171\"");
        assertThat(checkoutField(refused, "city")).doesNotContain("aria-invalid").contains("value=\"Bekasi\"");
        assertThat(between(refused.body(), "id=\"checkout:payment\"", "</fieldset>"))
                .contains("Bayar di tempat hanya bisa jika pesanan diambil di Sentra")
                .containsPattern("checked=\"checked\"[^>]*value=\"PAY_AT_PICKUP\"");
        assertThat(stockOf(work)).as("nothing reserved").isEqualTo(5);

        form.putAll(Map.of("checkout:name", "Rina Pembeli", "checkout:email", "rina@contoh.id",
                "checkout:delivery", "PICKUP", "checkout:payment", "BANK_TRANSFER"));
        // The button pressed twice at once: two requests of one form, one order.
        var first = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> shopper.submit(refused, "checkout", "checkout:place", form));
        HttpResponse<String> second = shopper.submit(refused, "checkout", "checkout:place", form);
        HttpResponse<String> placed = first.get();
        assertThat(placed.statusCode()).as(placed.body()).isBetween(300, 399);
        String location = placed.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/pesanan/selesai\\?kode=SK-[A-Z0-9]{8}").doesNotContain("rina");
        assertThat(second.headers().firstValue("Location")).as("the same order").contains(location);
        assertThat(stockOf(work)).as("two pieces taken once").isEqualTo(3);

        String code = location.substring(location.indexOf("kode=") + 5);
        HttpResponse<String> confirmation = shopper.get("/pesanan/selesai?kode=" + code);
        assertThat(confirmation.body()).contains("id=\"order-code\" class=\"order-code\">" + code)
                .contains("Transfer tepat Rp60.000").contains("id=\"pay-reference\"><strong>" + code)
                .contains("/lacak?kode=" + code);
        assertThat(shopper.get("/keranjang").body()).as("the cart is emptied").contains("Keranjang Anda masih kosong");
        HttpResponse<String> guessed = PageSession.anonymous(app).get("/pesanan/selesai?kode=" + code);
        assertThat(guessed.body()).as("another visit with the address").contains("hanya tampil di peramban")
                .doesNotContain("Rina Pembeli").doesNotContain("Rp60.000");
    }

    /** A visitor who put that many of the work in the cart from its page. */
    private PageSession shopperWith(JsonNode work, int quantity) {
        PageSession shopper = PageSession.anonymous(app);
        shopper.submit(shopper.get("/p/" + work.get("slug").asText()), "add", "add:add-to-cart",
                Map.of("add:quantity", String.valueOf(quantity)));
        return shopper;
    }

    @Test
    void aWorkSoldMeanwhileIsNamedAtCheckoutAndTheCartAndTheFormAreKept() {
        JsonNode work = Shopping.sarisWork(app, letters() + "habis", 50_000, 2);
        PageSession shopper = shopperWith(work, 2);
        HttpResponse<String> checkout = shopper.get("/checkout");
        Shopping.placeOrder(app, work.get("id").asText(), 1, "Pembeli Lain", "lain@contoh.id");

        HttpResponse<String> refused = shopper.submit(checkout, "checkout", "checkout:place", Map.of(
                "checkout:name", "Sekar Pembeli", "checkout:email", "sekar@contoh.id", "checkout:phone", "0812 3456 7890",
                "checkout:delivery", "PICKUP", "checkout:payment", "PAY_AT_PICKUP"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(between(refused.body(), "id=\"messages\"", "</div>"))
                .contains("stoknya tidak cukup untuk " + work.get("name").asText() + " (tinggal 1)")
                .contains("Keranjang Anda tetap tersimpan");
        assertThat(checkoutField(refused, "name")).contains("value=\"Sekar Pembeli\"");
        assertThat(between(refused.body(), "id=\"checkout:summary\"", "</section>")).contains("Stok tinggal 1");
        assertThat(shopper.get("/keranjang").body()).contains(work.get("name").asText()).contains("Total Rp100.000");
        assertThat(stockOf(work)).as("nothing more reserved").isEqualTo(1);
    }

    @Test
    void checkoutAfterTheSessionEndedSaysWhyTheCartIsEmpty() {
        JsonNode work = Shopping.sarisWork(app, letters() + "sesi", 20_000, 3);
        HttpResponse<String> checkout = shopperWith(work, 1).get("/checkout");
        Matcher viewState = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(checkout.body());
        assertThat(viewState.find()).isTrue();

        // The order button pressed in a browser whose session (and with it the cart) is gone.
        PageSession sessionGone = PageSession.anonymous(app);
        HttpResponse<String> placed = sessionGone.ajax("/checkout", Map.of("jakarta.faces.source", "checkout:place",
                "jakarta.faces.partial.execute", "@form", "checkout", "checkout",
                "jakarta.faces.ViewState", viewState.group(1).replace("&#58;", ":")));
        assertThat(placed.body()).contains("<redirect url=\"/checkout\"");
        HttpResponse<String> again = sessionGone.get("/checkout");
        assertThat(again.body()).contains("Keranjang Anda masih kosong");
        assertThat(between(again.body(), "id=\"messages\"", "</div>")).contains("Halaman ini sudah terlalu lama terbuka");
    }

    @Test
    void trackingAnswersAnUnknownCodeAndAWrongEmailAlikeAndKeepsTheEmailOutOfAddresses() {
        JsonNode work = Shopping.sarisWork(app, letters() + "lacak", 25_000, 3);
        String code = Shopping.placeOrder(app, work.get("id").asText(), 1, "Rina Pelacak", "rina.lacak@contoh.id");
        PageSession visitor = PageSession.anonymous(app);
        HttpResponse<String> form = visitor.get("/lacak");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("<title>Lacak pesanan · Sentra Kreasi ATENSI</title>")
                .containsPattern("<form id=\"track\"[^>]*method=\"post\"");
        HttpResponse<String> blank = visitor.submit(form, "track", "track:submit", Map.of("track:code", "", "track:email", ""));
        assertThat(between(blank.body(), "id=\"track:code\"", "</div>")).contains("Wajib diisi.");
        assertThat(between(blank.body(), "id=\"track:email\"", "</div>")).contains("Wajib diisi.");
        assertThat(blank.body()).doesNotContain("???");

        HttpResponse<String> wrongEmail = visitor.submit(form, "track", "track:submit",
                Map.of("track:code", code, "track:email", "orang.lain@contoh.id"));
        HttpResponse<String> unknownCode = visitor.submit(form, "track", "track:submit",
                Map.of("track:code", "SK-22222222", "track:email", "rina.lacak@contoh.id"));
        String neutral = "Kami tidak menemukan pesanan dengan kode dan email itu.";
        assertThat(between(wrongEmail.body(), "id=\"track:messages\"", "</div>")).contains(neutral)
                .isEqualTo(between(unknownCode.body(), "id=\"track:messages\"", "</div>"));
        assertThat(wrongEmail.body()).doesNotContain("id=\"tracking-result\"").doesNotContain(work.get("name").asText());

        HttpResponse<String> found = visitor.submit(form, "track", "track:submit",
                Map.of("track:code", code.toLowerCase(), "track:email", "Rina.Lacak@contoh.id"));
        assertThat(between(found.body(), "id=\"tracking-result\"", "</section>")).contains("Pesanan " + code)
                .contains(">Dipesan</strong>").contains(work.get("name").asText())
                .contains("Diambil di Balai Pangudi Luhur Bekasi").contains("Rp25.000");
        assertThat(found.uri().toString()).doesNotContainIgnoringCase("rina");
        Matcher addresses = Pattern.compile("(?:href|action|src)=\"([^\"]*)\"").matcher(found.body());
        while (addresses.find()) {
            assertThat(addresses.group(1)).as("an address on the tracking page").doesNotContainIgnoringCase("rina");
        }
    }

    @Test
    void aCoordinatorHandlesTheOwnUnitsOrdersAndAnotherUnitsCoordinatorGetsThe403Page() {
        JsonNode work = Shopping.sarisWork(app, letters() + "koordinasi", 40_000, 3);
        String code = Shopping.placeOrder(app, work.get("id").asText(), 1, "Budi Pemesan", "budi.pemesan@contoh.id");
        PageSession bekasi = PageSession.signIn(app, BEKASI[0], BEKASI[1]);
        assertThat(bekasi.get("/akun/index.xhtml").body()).contains("id=\"unit-orders-link\"").contains("(Koordinator)");
        HttpResponse<String> list = bekasi.get("/akun/pesanan/index.xhtml?status=PLACED");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("Pesanan dengan karya dari Balai Pangudi Luhur Bekasi")
                .contains("<option value=\"PLACED\" selected=\"selected\">Dipesan");
        assertThat(between(list.body(), "data-code=\"" + code + "\"", "</tr>")).contains("Budi Pemesan").contains("Rp40.000");
        assertThat(bekasi.get("/akun/pesanan/index.xhtml?status=PAID").body()).doesNotContain(code);

        HttpResponse<String> detail = bekasi.get("/akun/pesanan/detail.xhtml?kode=" + code);
        assertThat(detail.statusCode()).isEqualTo(200);
        assertThat(between(detail.body(), "id=\"buyer\"", "</dl>")).contains("Budi Pemesan")
                .contains("budi.pemesan@contoh.id").contains("0812 3456 7890");
        HttpResponse<String> paid = bekasi.submit(detail, "steps-form", "steps-form:paid", Map.of());
        assertThat(paid.body()).contains("Pesanan " + code + " ditandai sudah dibayar.").contains(">Dibayar</strong>")
                .contains("id=\"steps-form:ready\"").doesNotContain("id=\"steps-form:paid\"");

        // Another coordinator takes the next step first: this page's button is refused with a message.
        HttpResponse<String> stale = bekasi.get("/akun/pesanan/detail.xhtml?kode=" + code);
        expectOk(Http.post(app.url("/api/v1/orders/" + code + "/ready"), BEKASI[0], BEKASI[1], ""));
        HttpResponse<String> refused = bekasi.submit(stale, "steps-form", "steps-form:ready", Map.of());
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Langkah itu tidak bisa dilakukan: pesanan sekarang berstatus Siap diambil.");
        HttpResponse<String> noReason = bekasi.submit(refused, "cancel", "cancel:confirm-cancel", Map.of("cancel:reason", " "));
        assertThat(between(noReason.body(), "id=\"cancel:reason\"", "</div>")).contains("Wajib diisi.")
                .contains("aria-invalid=\"true\"");

        PageSession magelang = PageSession.signIn(app, MAGELANG[0], MAGELANG[1]);
        HttpResponse<String> forbidden = magelang.get("/akun/pesanan/detail.xhtml?kode=" + code);
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body()).contains("Akses ditolak").doesNotContain("Budi Pemesan").doesNotContain("at org.");
        assertThat(magelang.get("/akun/pesanan/index.xhtml").body()).doesNotContain(code);
        assertThat(bekasi.get("/akun/pesanan/detail.xhtml?kode=SK-22222222").statusCode()).isEqualTo(404);
        assertThat(PageSession.signIn(app, "pengrajin.sari", "demo-pengrajin").get("/akun/pesanan/index.xhtml")
                .statusCode()).as("makers are not staff").isEqualTo(403);
    }

    /** A field of the checkout form: from its input to the end of its field, where its message is. */
    private static String checkoutField(HttpResponse<String> page, String id) {
        return between(page.body(), "id=\"checkout:" + id + "\"", "</div>");
    }

    private int stockOf(JsonNode work) {
        return Http.json(Http.get(app.url("/api/v1/products/" + work.get("id").asText()))).get("stock").asInt();
    }

    /** Imports {@code count} published works with this word; work n costs n × Rp10.000, the last in another category, the first four in Bogor. */
    private void importListings(String word, int count) {
        StringBuilder csv = new StringBuilder(Imports.HEADER);
        for (int n = 1; n <= count; n++) {
            csv.append("PG-").append(word).append('-').append(n).append(",Tas ").append(word).append(' ').append(n)
                    .append(",Tas anyaman ").append(word).append(',').append(n == count && count > 3 ? "makanan" : "anyaman")
                    .append(',').append(n * 10_000).append(",3,Ibu Sari,").append(n <= 4 ? "Kabupaten Bogor" : "")
                    .append(",,PUBLISHED\n");
        }
        JsonNode job = Imports.awaitJob(app, BEKASI[0], Imports.start(app, BEKASI[0], csv.toString()));
        assertThat(job.get("failed").asInt()).as(job.toString()).isZero();
    }

    /** Works of other tests have no photo; the demo data's have. */
    private JsonNode aDemoWorkWithAPhoto() {
        for (JsonNode item : Http.json(Http.get(app.url("/api/v1/products?category=fashion&size=100"))).get("items")) {
            if (item.hasNonNull("imageUrl")) {
                return item;
            }
        }
        throw new AssertionError("no demo work with a photo");
    }

    private static List<String> cardNames(String page) {
        Matcher names = Pattern.compile("<h3 class=\"product-name\"><a href=\"[^\"]*\">([^<]*)</a>").matcher(page);
        List<String> found = new java.util.ArrayList<>();
        while (names.find()) {
            found.add(names.group(1));
        }
        return found;
    }

    /** The facet link whose text starts with this label, with its attributes and count. */
    private static String facetLink(String page, String label) {
        Matcher link = Pattern.compile("<a href=\"([^\"]*)\" class=\"facet-link[^>]*>\\s*<span[^>]*>[^<]*</span>\\s*"
                + Pattern.quote(label) + " <span class=\"count\">(\\([0-9]+\\))").matcher(page);
        assertThat(link.find()).as("facet link " + label).isTrue();
        return link.group(1) + " " + link.group(2);
    }

    private static String metaContent(String page, String selector) {
        Matcher meta = Pattern.compile("<meta " + Pattern.quote(selector) + " content=\"([^\"]*)\"").matcher(page);
        assertThat(meta.find()).as("meta " + selector).isTrue();
        return meta.group(1);
    }

    private static String attribute(String page, String id, String name) {
        Matcher element = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*?" + name + "=\"([^\"]*)\"").matcher(page);
        Matcher before = Pattern.compile(name + "=\"([^\"]*)\"[^>]*?id=\"" + Pattern.quote(id) + "\"").matcher(page);
        if (element.find()) {
            return element.group(1);
        }
        assertThat(before.find()).as(name + " of #" + id).isTrue();
        return before.group(1);
    }

    private static void expectOk(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    // ---- back office: beneficiary registry, consent screen, unit dashboard --------------------------

    private static final String[] BEKASI = {"koordinator.bekasi", "demo-koordinator"};
    private static final String[] MAGELANG = {"koordinator.magelang", "demo-koordinator"};

    @Test
    void theRegistrySearchIsAPostAndTheSearchWordsAppearInNoAddress() {
        String surname = "Telusur" + letters();
        String nik = register(BEKASI, "Sri " + surname);
        PageSession bekasi = PageSession.signIn(app, BEKASI[0], BEKASI[1]);

        HttpResponse<String> registry = bekasi.get("/akun/penerima/index.xhtml");
        assertThat(registry.statusCode()).isEqualTo(200);
        assertThat(registry.body()).contains("Registri penerima manfaat").contains("Daftarkan penerima manfaat baru")
                .contains("id=\"beneficiaries-link\"").contains("id=\"dashboard-link\"")
                .contains("Wajib untuk penerima manfaat di bawah 18 tahun")
                .as("a GET search form would put the words into the address").doesNotContain("method=\"get\" action=\"/akun/penerima");

        for (String words : List.of(surname.toLowerCase(), nik)) {
            HttpResponse<String> found = bekasi.submit(registry, "search", "search:search-button", Map.of("search:q", words));
            assertThat(found.statusCode()).as("answered in place, no redirect").isEqualTo(200);
            assertThat(found.headers().firstValue("Location")).isEmpty();
            assertThat(found.uri().toString()).doesNotContain(words);
            assertThat(found.body()).contains("Sri " + surname).contains("************" + nik.substring(12))
                    .contains("Penyandang disabilitas");
            Matcher addresses = Pattern.compile("(?:href|action|src)=\"([^\"]*)\"").matcher(found.body());
            while (addresses.find()) {
                assertThat(addresses.group(1)).as("an address on the results page").doesNotContainIgnoringCase(words);
            }
            assertThat(between(found.body(), "id=\"results-table\"", "</table>")).as("the list shows the NIK masked")
                    .doesNotContain(nik);
        }
    }

    @Test
    void theRegistrationFormShowsEachRefusalAtItsFieldAndOpensTheNewRecord() {
        PageSession bekasi = PageSession.signIn(app, BEKASI[0], BEKASI[1]);
        HttpResponse<String> registry = bekasi.get("/akun/penerima/index.xhtml");
        String name = "Anak Wali " + letters();
        Map<String, String> child = new java.util.LinkedHashMap<>(Map.of("register:fullName", name,
                "register:gender_input", "M", "register:birthDate", LocalDate.now(ZoneOffset.UTC).minusYears(12).toString(),
                "register:cluster_input", "ANAK"));

        HttpResponse<String> refused = bekasi.submit(registry, "register", "register:register-button", child);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(between(refused.body(), "id=\"register:guardianName\"", "</div>"))
                .as("the rule next to the guardian's name").contains("harus punya wali").contains("aria-invalid=\"true\"");

        child.put("register:guardianName", "Ibu Wali");
        child.put("register:guardianConsent_input", "on");
        child.put("register:nik", "12345");
        HttpResponse<String> badNik = bekasi.submit(refused, "register", "register:register-button", child);
        assertThat(between(badNik.body(), "id=\"register:nik\"", "</div>")).contains("16 angka");

        child.remove("register:nik");
        HttpResponse<String> registered = bekasi.submit(badNik, "register", "register:register-button", child);
        assertThat(registered.statusCode()).isBetween(300, 399);
        String location = registered.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/akun/penerima/detail\\.xhtml\\?id=[0-9]+").doesNotContain("Wali");
        HttpResponse<String> record = bekasi.get(location.replaceFirst("^https?://[^/]+", ""));
        assertThat(record.body()).contains(name).contains("Penerima manfaat sudah terdaftar")
                .as("a child's grant asks for the guardian").contains("Wali sudah memberi persetujuan");
    }

    @Test
    void aDuplicateNikIsSaidAtTheNikFieldWithoutNamingTheOtherRecord() {
        String name = "Pemilik Nik " + letters();
        String nik = register(BEKASI, name);
        PageSession magelang = PageSession.signIn(app, MAGELANG[0], MAGELANG[1]);
        HttpResponse<String> registry = magelang.get("/akun/penerima/index.xhtml");
        HttpResponse<String> refused = magelang.submit(registry, "register", "register:register-button", Map.of(
                "register:fullName", "Orang Lain", "register:nik", nik, "register:gender_input", "F",
                "register:birthDate", "1985-08-12", "register:cluster_input", "LANJUT_USIA"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(between(refused.body(), "id=\"register:nik\"", "</div>")).contains("NIK ini sudah terdaftar");
        assertThat(refused.body()).doesNotContain(name);
    }

    @Test
    void theRecordPageRecordsAGrantPublishesOnlyConsentedFieldsAndRecordsAWithdrawal() {
        String name = "Rini Persetujuan " + letters();
        register(BEKASI, name);
        String id = idOf(BEKASI, name);
        PageSession bekasi = PageSession.signIn(app, BEKASI[0], BEKASI[1]);

        HttpResponse<String> record = bekasi.get("/akun/penerima/detail.xhtml?id=" + id);
        assertThat(record.statusCode()).isEqualTo(200);
        assertThat(record.body()).contains(name).contains("Persetujuan tampil di halaman publik")
                .contains("langsung menurunkan bagian itu dari semua halaman publik")
                .contains("Tidak tampil (belum pernah diizinkan)").contains("Buat profil pengrajin publik");

        HttpResponse<String> granted = bekasi.submit(record, "consent", button(record, "DISPLAY_NAME", "grant"), Map.of());
        assertThat(granted.statusCode()).isEqualTo(200);
        String row = between(granted.body(), "data-field=\"DISPLAY_NAME\"", "</tr>");
        assertThat(row).contains("Boleh tampil").contains(BEKASI[0]).contains("WIB");
        assertThat(granted.body()).contains("Riwayat persetujuan").contains("Diizinkan");

        HttpResponse<String> published = bekasi.submit(granted, "profile", "profile:publish", Map.of(
                "profile:displayName", "Bu Rini", "profile:story", "Tanpa persetujuan: tetap pribadi"));
        assertThat(published.statusCode()).isEqualTo(200);
        String profile = between(published.body(), "Yang tampil di profil publik", "</dl>");
        assertThat(profile).contains("Bu Rini").contains("Tidak tampil").doesNotContain("tetap pribadi");

        HttpResponse<String> withdrawn = bekasi.submit(published, "consent", button(published, "DISPLAY_NAME", "withdraw"), Map.of());
        assertThat(between(withdrawn.body(), "data-field=\"DISPLAY_NAME\"", "</tr>")).contains("Tidak tampil (ditarik)");
        assertThat(withdrawn.body()).contains("Ditarik");
    }

    @Test
    void anotherUnitsCoordinatorGetsTheFriendly403ForTheRecordAndUnknownRecordsAre404() {
        String name = "Rahasia Bekasi " + letters();
        register(BEKASI, name);
        String id = idOf(BEKASI, name);
        PageSession magelang = PageSession.signIn(app, MAGELANG[0], MAGELANG[1]);

        HttpResponse<String> refused = magelang.get("/akun/penerima/detail.xhtml?id=" + id);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Akses ditolak").doesNotContain(name).doesNotContain("at org.");
        assertThat(magelang.get("/akun/penerima/detail.xhtml?id=999999999").statusCode()).isEqualTo(404);
        assertThat(magelang.get("/akun/penerima/detail.xhtml?id=abc").statusCode()).isEqualTo(404);
        assertThat(PageSession.signIn(app, "pengrajin.sari", "demo-pengrajin").get("/akun/penerima/index.xhtml")
                .statusCode()).as("makers are not staff").isEqualTo(403);
    }

    @Test
    void theNewCohortFormSentTwiceMakesOneCohort() {
        String cohort = "Angkatan Sekali " + letters();
        String programme = Http.json(api(BEKASI, "/api/v1/programs", json("name", "Program " + cohort))).get("id").asText();
        PageSession bekasi = PageSession.signIn(app, BEKASI[0], BEKASI[1]);
        HttpResponse<String> form = bekasi.get("/akun/kohort/baru.xhtml");
        Map<String, String> fields = Map.of("cohort:programme_input", programme, "cohort:name", cohort,
                "cohort:start", LocalDate.now(ZoneOffset.UTC).plusDays(7).toString(),
                "cohort:end", LocalDate.now(ZoneOffset.UTC).plusDays(60).toString(), "cohort:capacity", "5",
                "cohort:threshold", "80");
        // Back to the filled form after it was sent, and sent again: the same view state twice.
        HttpResponse<String> first = bekasi.submit(form, "cohort", "cohort:create", fields);
        HttpResponse<String> again = bekasi.submit(form, "cohort", "cohort:create", fields);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(302);
        assertThat(again.headers().firstValue("Location")).as("the cohort made the first time")
                .isEqualTo(first.headers().firstValue("Location"));
        JsonNode unitCohorts = Http.json(Http.get(app.url("/api/v1/cohorts"), BEKASI[0], BEKASI[1]));
        List<String> named = new ArrayList<>();
        unitCohorts.forEach(c -> {
            if (c.get("name").asText().equals(cohort)) {
                named.add(c.get("id").asText());
            }
        });
        assertThat(named).hasSize(1);
    }

    @Test
    void theDashboardShowsChartsWithTheirFiguresAsTables() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC); // the application's clock is UTC
        String cohort = "Angkatan Dasbor " + letters();
        String beneficiaryId = Http.json(api(BEKASI, "/api/v1/beneficiaries", json("fullName", "Peserta Dasbor " + letters(),
                "gender", "F", "birthDate", "1990-05-17", "cluster", "LANJUT_USIA", "unitId", unitOf(BEKASI)))).get("id").asText();
        String programme = Http.json(api(BEKASI, "/api/v1/programs", json("name", "Program " + cohort))).get("id").asText();
        String cohortId = Http.json(api(BEKASI, "/api/v1/cohorts", json("programId", programme, "unitId", unitOf(BEKASI),
                "name", cohort, "startDate", today.minusDays(10).toString(),
                "endDate", today.plusDays(30).toString(), "capacity", 5))).get("id").asText();
        api(BEKASI, "/api/v1/cohorts/" + cohortId + "/start", "");
        api(BEKASI, "/api/v1/cohorts/" + cohortId + "/enrollments", json("beneficiaryId", beneficiaryId));
        String sessionId = Http.json(api(BEKASI, "/api/v1/cohorts/" + cohortId + "/sessions",
                json("date", today.toString(), "topic", "Praktik"))).get("id").asText();
        HttpResponse<String> marked = Http.send(Http.request(app.url("/api/v1/sessions/" + sessionId + "/attendance"))
                .header("Authorization", Http.basic(BEKASI[0], BEKASI[1])).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("[" + json("beneficiaryId", beneficiaryId,
                        "status", "PRESENT") + "]")).build());
        assertThat(marked.statusCode()).as(marked.body()).isEqualTo(200);

        HttpResponse<String> dashboard = PageSession.signIn(app, BEKASI[0], BEKASI[1]).get("/akun/dasbor.xhtml");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("Dasbor unit").contains(cohort)
                .contains("id=\"attendance-table\"").contains("id=\"certification-table\"")
                .contains("id=\"sales-table\"").contains("id=\"income-table\"")
                .contains("Median penghasilan bulanan sejak lulus")
                .doesNotContain("RES_NOT_FOUND");
        Matcher charts = Pattern.compile("<canvas[^>]*role=\"img\"[^>]*aria-label=\"[^\"]+\"").matcher(dashboard.body());
        int labelled = 0;
        while (charts.find()) {
            labelled++;
        }
        assertThat(labelled).as("four charts, each a labelled image").isEqualTo(4);
        assertThat(between(dashboard.body(), "id=\"income-table\"", "</table>")).contains(cohort).contains("Rp0");
        assertThat(PageSession.signIn(app, MAGELANG[0], MAGELANG[1]).get("/akun/dasbor.xhtml").body())
                .as("another unit's cohorts stay out").doesNotContain(cohort);
        assertThat(PageSession.signIn(app, MAGELANG[0], MAGELANG[1]).get("/akun/dasbor.xhtml?unit=" + unitOf(BEKASI))
                .statusCode()).as("a coordinator cannot pick another unit").isEqualTo(403);
        PageSession admin = PageSession.signIn(app, "admin", "demo-admin");
        assertThat(admin.get("/akun/dasbor.xhtml").body()).contains("id=\"unit-pick\"").contains(cohort);
        assertThat(admin.get("/akun/dasbor.xhtml?unit=" + unitOf(MAGELANG)).body()).doesNotContain(cohort);
        for (String unknown : List.of("999999", "-1", "abc")) {
            HttpResponse<String> none = admin.get("/akun/dasbor.xhtml?unit=" + unknown);
            assertThat(none.statusCode()).as("unit " + unknown).isEqualTo(404);
            assertThat(none.body()).as("unit " + unknown).contains("Halaman tidak ditemukan").doesNotContain("Semua unit");
        }
    }

    /** Registers a fictional adult woman with the coordinator's unit; returns her NIK. */
    private String register(String[] coordinator, String name) {
        for (int attempt = 0; ; attempt++) {
            String nik = "3374015208" + "85" + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
            HttpResponse<String> created = Http.post(app.url("/api/v1/beneficiaries"), coordinator[0], coordinator[1],
                    json("fullName", name, "nik", nik, "gender", "F", "birthDate", "1985-08-12",
                            "cluster", "PENYANDANG_DISABILITAS", "unitId", unitOf(coordinator)));
            if (created.statusCode() == 201 || attempt == 5) {
                assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
                return nik;
            }
        }
    }

    private String idOf(String[] coordinator, String name) {
        HttpResponse<String> found = Http.post(app.url("/api/v1/beneficiaries/search"), coordinator[0], coordinator[1],
                "{\"q\":\"" + name + "\"}");
        return Http.json(found).get(0).get("id").asText();
    }

    private HttpResponse<String> api(String[] who, String path, String body) {
        HttpResponse<String> response = Http.post(app.url(path), who[0], who[1], body);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isBetween(200, 201);
        return response;
    }

    private String unitOf(String[] coordinator) {
        return Http.json(Http.get(app.url("/api/v1/me"), coordinator[0], coordinator[1])).get("unitId").asText();
    }

    /** The name of the Grant or Withdraw button in the consent table's row of that field. */
    private static String button(HttpResponse<String> page, String field, String which) {
        Matcher button = Pattern.compile("id=\"(consent:[^\"]+:" + which + ")\"")
                .matcher(between(page.body(), "data-field=\"" + field + "\"", "</tr>"));
        assertThat(button.find()).as(which + " button for " + field).isTrue();
        return button.group(1);
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as("page contains " + start).isNotNegative();
        int to = text.indexOf(end, from);
        return text.substring(from, to < 0 ? text.length() : to);
    }

    /** Five random lowercase letters: names unique in this run, findable by a name search. */
    private static String letters() {
        return Shopping.letters();
    }

    private static String json(Object... keysAndValues) {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            json.append(i == 0 ? "" : ",").append('"').append(keysAndValues[i]).append("\":")
                    .append(value instanceof Number ? value.toString() : "\"" + value + "\"");
        }
        return json.append('}').toString();
    }
}
