package org.sentrakreasi.deploy.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The pages in a real Chromium ({@link Chromium}), as people use them. */
class BrowserIT {

    private static WebDriver browser;
    private static Path downloads;

    @BeforeAll
    static void openBrowser() throws java.io.IOException {
        downloads = Files.createTempDirectory("browser-it-downloads-");
        browser = Chromium.open(downloads);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aCoordinatorApprovesASubmittedListingFromTheModerationQueue() {
        RunningApplication app = Applications.h2();
        String name = "Tas Moderasi " + java.util.UUID.randomUUID().toString().substring(0, 6);
        String id = Http.json(Http.post(app.url("/api/v1/products"), "pengrajin.sari", "demo-pengrajin",
                "{\"name\":\"" + name + "\",\"category\":\"anyaman\",\"price\":50000,\"stock\":2}")).get("id").asText();
        Http.post(app.url("/api/v1/products/" + id + "/submit"), "pengrajin.sari", "demo-pengrajin", null);

        signIn(app, "koordinator.bekasi", "demo-koordinator");
        browser.get(app.url("/akun/moderasi.xhtml"));
        WebElement item = browser.findElement(By.cssSelector(".moderation-item[data-product-id='" + id + "']"));
        assertThat(item.getText()).contains(name);
        item.findElement(By.cssSelector("button[id$=':approve']")).click();
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("moderation:messages"), name));
        assertThat(browser.findElements(By.cssSelector(".moderation-item[data-product-id='" + id + "']"))).isEmpty();
        waitUntil(driver -> "moderation:messages".equals(driver.switchTo().activeElement().getAttribute("id")));
        assertThat(Http.get(app.url("/api/v1/products/" + id)).statusCode()).isEqualTo(200);

        // Rejecting: the reason box takes the focus, an empty reason is refused at the box, Batal closes it.
        String second = Http.json(Http.post(app.url("/api/v1/products"), "pengrajin.sari", "demo-pengrajin",
                "{\"name\":\"" + name + " B\",\"category\":\"anyaman\",\"price\":50000,\"stock\":2,"
                        + "\"story\":\"Dianyam di teras rumah\"}")).get("id").asText();
        Http.post(app.url("/api/v1/products/" + second + "/submit"), "pengrajin.sari", "demo-pengrajin", null);
        browser.get(app.url("/akun/moderasi.xhtml"));
        By secondItem = By.cssSelector(".moderation-item[data-product-id='" + second + "']");
        assertThat(browser.findElement(secondItem).getText()).contains("Dianyam di teras rumah").contains("Belum ada foto.");
        browser.findElement(secondItem).findElement(By.cssSelector("button[id$=':reject']")).click();
        waitUntil(driver -> "textarea".equals(driver.switchTo().activeElement().getTagName()));
        browser.findElement(secondItem).findElement(By.cssSelector("button[id$=':confirm-reject']")).click();
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".moderation-item[data-product-id='" + second + "'] .ui-message-error"), "Tuliskan alasan"));
        browser.findElement(secondItem).findElement(By.cssSelector("button[id$=':cancel-reject']")).click();
        waitUntil(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".moderation-item textarea"), 0));
        waitUntil(driver -> driver.switchTo().activeElement().getAttribute("id").endsWith(":reject"));

        browser.get(app.url("/akun/produk/edit.xhtml?id=999999999"));
        assertThat(browser.findElement(By.id("error-heading")).getText()).isEqualTo("Halaman tidak ditemukan");
        String magelangListing = Http.json(Http.get(app.url("/api/v1/products?region=Kabupaten%20Magelang&size=1")))
                .get("items").get(0).get("id").asText();
        browser.get(app.url("/akun/produk/edit.xhtml?id=" + magelangListing));
        assertThat(browser.findElement(By.id("error-heading")).getText()).isEqualTo("Akses ditolak");
        signOut();
    }

    @Test
    void importPageShowsProgressAndRejectedLines() throws java.io.IOException {
        RunningApplication app = Applications.h2();
        String run = java.util.UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        java.nio.file.Path csv = java.nio.file.Files.createTempFile("import-", ".csv");
        java.nio.file.Files.writeString(csv, "sku,name,description,category,price,stock,maker,region,unit,status\n"
                + "WEB-" + run + "-1,Kue Nastar " + run + ",,makanan,60000,5,Ibu Sari,,,PUBLISHED\n"
                + "WEB-" + run + "-2,Tanpa Harga,,makanan,,5,Ibu Sari,,,PUBLISHED\n");
        signIn(app, "koordinator.bekasi", "demo-koordinator");
        browser.get(app.url("/akun/impor.xhtml"));
        browser.findElement(By.cssSelector("input[type='file']")).sendKeys(csv.toAbsolutePath().toString());
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("import-summary"), "Selesai"));
        assertThat(browser.findElement(By.id("import-summary")).getText()).contains("2 dari 2").contains("1 gagal");
        // The API says "price is required"; the Indonesian page says it in Indonesian.
        assertThat(browser.findElement(By.cssSelector("[id$='errors']")).getText()).contains("kolom price wajib diisi")
                .doesNotContain("is required");
        assertThat(browser.getCurrentUrl()).as("the address names the job").contains("/akun/impor.xhtml?job=");
        WebElement newest = browser.findElement(By.cssSelector("#recent-imports tbody tr"));
        assertThat(newest.getText()).contains("koordinator.bekasi").contains("Selesai").contains("2 / 2").contains("ditampilkan");

        // Back on the page later, the import is found again in the list, by its own address.
        browser.get(app.url("/akun/impor.xhtml"));
        assertThat(browser.findElements(By.id("import-summary"))).isEmpty();
        WebElement show = browser.findElement(By.cssSelector("#recent-imports tbody tr a.recent-import-link"));
        assertThat(show.getAttribute("aria-label")).startsWith("Lihat impor yang dimulai ");
        show.sendKeys(Keys.ENTER);
        waitUntil(ExpectedConditions.urlContains("job="));
        assertThat(browser.findElement(By.id("import-summary")).getText()).contains("Selesai").contains("2 dari 2");
        assertThat(browser.findElement(By.cssSelector("[id$='errors']")).getText()).contains("kolom price wajib diisi");
        String job = browser.getCurrentUrl().replaceAll(".*job=", "");
        java.nio.file.Files.deleteIfExists(csv);
        signOut();

        // Another coordinator's import is not shown, whatever the address says.
        signIn(app, "koordinator.magelang", "demo-koordinator");
        browser.get(app.url("/akun/impor.xhtml?lang=id&job=" + job));
        assertThat(browser.findElements(By.id("import-summary"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("[id$='messages']")).getText()).contains("Impor itu tidak ditemukan");
        assertThat(browser.findElement(By.id("import")).getText()).doesNotContain("koordinator.bekasi");
        signOut();
    }

    @Test
    void aMakerListsAWorkWithAPhotoTheCoordinatorApprovesItAndShoppersFindItInSearch() throws java.io.IOException {
        RunningApplication app = Applications.h2();
        // Beyond ASCII: saved forms once read UTF-8 as Latin-1 ("Café – x" came back as "CafÃ© â x").
        String name = "Bantal Perca Café – " + java.util.UUID.randomUUID().toString().substring(0, 6);
        java.nio.file.Path photo = java.nio.file.Files.createTempFile("photo-", ".png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(900, 900, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", photo.toFile());
        signIn(app, "pengrajin.sari", "demo-pengrajin");
        browser.get(app.url("/akun/produk/edit.xhtml"));
        browser.findElement(By.id("listing:name")).sendKeys(name);
        browser.findElement(By.id("listing:category")).click();
        // The panel fades in; a click while it is half transparent may land on the field beneath it.
        waitUntil(driver -> "1".equals(((JavascriptExecutor) driver).executeScript(
                "return getComputedStyle(document.getElementById('listing:category_panel')).opacity;")));
        waitUntil(ExpectedConditions.elementToBeClickable(By.cssSelector("#listing\\:category_items li[data-label='Fesyen']")))
                .click();
        waitUntil(ExpectedConditions.textToBe(By.id("listing:category_label"), "Fesyen"));
        // Named by its label, not by the choice (PrimeFaces rewrites aria-label to the chosen value).
        assertThat(browser.findElement(By.id("listing:category_label")).getAccessibleName()).isEqualTo("Kategori");
        assertThat(browser.findElement(By.id("listing:category_label")).getAttribute("aria-required")).isEqualTo("true");
        // A price past the bound is kept as typed and refused at the field, with the bounds.
        WebElement price = browser.findElement(By.id("listing:price_input"));
        price.sendKeys("2000000000");
        assertThat(price.getAttribute("value")).isEqualTo("Rp2.000.000.000");
        WebElement stock = browser.findElement(By.id("listing:stock_input"));
        stock.clear();
        stock.sendKeys("4");
        browser.findElement(By.id("listing:save")).click();
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[id='listing:price'] ~ .ui-message, .field:has([id='listing:price']) .ui-message"),
                "Rp1.000.000.000"));
        assertThat(browser.findElements(By.id("listing-status"))).as("nothing saved").isEmpty();
        price = browser.findElement(By.id("listing:price_input"));
        price.clear();
        price.sendKeys("75000");
        browser.findElement(By.id("listing:save")).click();
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("listing-status"), "Draf"));
        assertThat(browser.findElement(By.id("listing:name")).getAttribute("value")).isEqualTo(name);
        String listingPage = browser.getCurrentUrl();
        assertThat(listingPage).contains("?id=");

        // Typed but not saved yet: a photo upload keeps it, and sending for review saves it first.
        browser.findElement(By.id("listing:materials")).sendKeys("Perca katun");
        browser.findElement(By.cssSelector("input[type='file']")).sendKeys(photo.toAbsolutePath().toString());
        waitUntil(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".photo-list img"), 1));
        // The uploaded photo is shown: it loads with a real size.
        waitUntil(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "const img = document.querySelector('.photo-list img'); return img.complete && img.naturalWidth > 0;")));
        assertThat(browser.findElement(By.id("listing:materials")).getAttribute("value")).isEqualTo("Perca katun");
        waitUntil(driver -> "file".equals(driver.switchTo().activeElement().getAttribute("type")));

        browser.findElement(By.id("listing:submit")).click();
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("listing-status"), "Menunggu tinjauan"));
        browser.get(listingPage);
        assertThat(browser.findElement(By.id("listing:materials")).getAttribute("value")).isEqualTo("Perca katun");
        java.nio.file.Files.deleteIfExists(photo);
        signOut();

        signIn(app, "koordinator.bekasi", "demo-koordinator");
        browser.get(app.url("/akun/moderasi.xhtml"));
        WebElement item = browser.findElement(By.xpath("//li[contains(@class,'moderation-item')][contains(., '" + name + "')]"));
        // The coordinator sees what the shop will show: the photo and the materials.
        assertThat(item.findElements(By.cssSelector(".photo-list img"))).hasSize(1);
        assertThat(item.getText()).contains("Perca katun");
        item.findElement(By.cssSelector("button[id$=':approve']")).click();
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("moderation:messages"), name));
        signOut();

        // The search index follows the approval within moments (its outbox drains in the background).
        String search = app.url("/cari?q=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8));
        WebElement card = waitUntil(driver -> {
            driver.get(search);
            return driver.findElements(By.xpath("//li[contains(@class,'product-card')][.//a[text()='" + name + "']]"))
                    .stream().findFirst().orElse(null);
        });
        assertThat(card.findElement(By.tagName("img")).getAttribute("src")).as("the work's own photo").contains("/media/");
    }

    /**
     * The coordinator's cohort pages: the data comes from the API (as another client would make
     * it), the work is done in the pages. The attendance sheet is filled with the keyboard only.
     */
    @Test
    void aCoordinatorTakesAttendanceByKeyboardRecordsAnAssessmentAndGraduatesATrainee() {
        RunningApplication app = Applications.h2();
        String run = randomLetters(4);
        String cohortName = "Angkatan Browser " + run;
        String cohortId = runningCohort(app, BEKASI, cohortName);
        String sekar = beneficiary(app, "Sekar Presensi " + run, LocalDate.of(1988, 8, 9));
        String bayu = beneficiary(app, "Bayu Presensi " + run, LocalDate.of(1987, 3, 21));
        String sekarEnrolment = Http.json(vocational(app, "/api/v1/cohorts/" + cohortId + "/enrollments",
                "beneficiaryId", sekar)).get("id").asText();
        String bayuEnrolment = Http.json(vocational(app, "/api/v1/cohorts/" + cohortId + "/enrollments",
                "beneficiaryId", bayu)).get("id").asText();
        String sessionId = Http.json(vocational(app, "/api/v1/cohorts/" + cohortId + "/sessions",
                "date", TODAY.toString(), "topic", "Higiene dapur")).get("id").asText();
        vocational(app, "/api/v1/cohorts/" + cohortId + "/sessions", "date", TODAY.plusDays(1).toString(),
                "topic", "Kue kering");

        signIn(app, "koordinator.bekasi", "demo-koordinator");
        browser.findElement(By.id("cohorts-link")).click();
        // The filter says what it found, and the button keeps the focus.
        focus(waitUntil(ExpectedConditions.elementToBeClickable(By.id("cohorts:apply")))).sendKeys(Keys.ENTER);
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("cohorts:messages"), "angkatan ditampilkan"));
        waitUntil(driver -> "cohorts:apply".equals(driver.switchTo().activeElement().getAttribute("id")));
        waitUntil(ExpectedConditions.elementToBeClickable(By.linkText(cohortName))).click();
        waitUntil(ExpectedConditions.textToBe(By.id("cohort-heading"), cohortName));
        assertThat(browser.findElement(By.id("cohort-status")).getText()).isEqualTo("Berjalan");
        assertThat(browser.findElement(By.id("summary")).getText()).contains("2 dari 5 tempat terisi");
        assertThat(browser.findElement(By.id("trainees")).getText()).contains("Sekar Presensi " + run)
                .contains("Bayu Presensi " + run).doesNotContain(nikOf(sekar));
        assertNoHorizontalScrollAt375Px();

        // The attendance sheet, by keyboard: "all present", then Bayu absent, then save.
        browser.findElement(By.cssSelector(".session-item[data-session-id='" + sessionId + "'] a")).click();
        WebElement allPresent = waitUntil(ExpectedConditions.elementToBeClickable(By.id("sheet:all-present")));
        List<WebElement> legends = browser.findElements(By.cssSelector(".attendance-row legend"));
        assertThat(legends).extracting(WebElement::getText)
                .as("one row per trainee, each radio group named by the person")
                .containsExactly("Bayu Presensi " + run, "Sekar Presensi " + run);
        assertThat(browser.findElements(By.cssSelector(".attendance-row fieldset input[type='radio']"))).hasSize(6);
        assertNoHorizontalScrollAt375Px();
        ((JavascriptExecutor) browser).executeScript("arguments[0].focus();", allPresent);
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waitUntil(driver -> driver.findElements(By.cssSelector(".attendance-row input[value='PRESENT']:checked")).size() == 2);
        assertThat(browser.findElement(By.id("sheet:messages")).getText()).as("said, not only shown")
                .contains("Semua 2 peserta ditandai hadir");
        // PrimeFaces disables the pressed button during the request, which drops focus to <body>; it comes back.
        waitUntil(driver -> "sheet:all-present".equals(driver.switchTo().activeElement().getAttribute("id")));
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        assertThat(focusedRowName()).isEqualTo("Bayu Presensi " + run);
        browser.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
        assertThat(browser.switchTo().activeElement().getAttribute("value")).isEqualTo("ABSENT");
        // Enter on a radio button used to press the form's first button, "all present", undoing the mark.
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        sleep(1_000);
        assertThat(browser.findElements(By.cssSelector(".attendance-row input[value='ABSENT']:checked"))).hasSize(1);
        assertThat(browser.switchTo().activeElement().getAttribute("value")).isEqualTo("ABSENT");
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        assertThat(focusedRowName()).as("Tab moves to the next trainee").isEqualTo("Sekar Presensi " + run);
        browser.switchTo().activeElement().sendKeys(Keys.TAB);
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("sheet:save");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("sheet:messages"), "Presensi tersimpan (2 peserta)"));
        JsonNode cohort = Http.json(Http.get(app.url("/api/v1/cohorts/" + cohortId), BEKASI[0], BEKASI[1]));
        assertThat(cohort.get("attendanceRate").asDouble()).as("one present, one absent").isEqualTo(50.0);

        // Graduation is refused with the reasons: Bayu missed the session and nobody is assessed yet.
        browser.findElement(By.id("back")).click();
        waitUntil(ExpectedConditions.textToBe(By.id("cohort-heading"), cohortName));
        traineeButton(bayuEnrolment, "graduate").click();
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "belum bisa diluluskan"));
        assertThat(browser.findElement(By.id("messages")).getText()).contains("Bayu Presensi " + run)
                .contains("kehadiran 0% di bawah ambang 80%").contains("belum ada hasil Kompeten");

        // A KOMPETEN assessment for Sekar, then her graduation.
        browser.findElement(By.xpath("//tr[.//span[@data-enrollment-id='" + sekarEnrolment + "']]//a[contains(@id,':assessments')]"))
                .click();
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("assessment-heading"), "Sekar Presensi " + run));
        browser.findElement(By.id("assessment:unit")).sendKeys("PAR.TP02.001.01 Mengolah makanan");
        assertThat(browser.findElement(By.cssSelector("input[name='assessment:result'][value='KOMPETEN']")).isSelected()).isTrue();
        browser.findElement(By.id("assessment:assessor")).sendKeys("LSP Pariwisata");
        browser.findElement(By.id("assessment:record")).click();
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Nomor sertifikat wajib"));
        assertThat(browser.findElement(By.xpath("//input[@id='assessment:certificate']/ancestor::div[contains(@class,'field')][1]"))
                .getText()).as("the error is next to its field").contains("Nomor sertifikat wajib");
        browser.findElement(By.id("assessment:certificate")).sendKeys("LSP-BROWSER-" + run);
        browser.findElement(By.id("assessment:record")).click();
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "tersimpan"));
        assertThat(browser.findElement(By.id("assessments")).getText()).contains("Kompeten").contains("LSP-BROWSER-" + run);

        browser.findElement(By.id("back")).click();
        waitUntil(ExpectedConditions.textToBe(By.id("cohort-heading"), cohortName));
        traineeButton(sekarEnrolment, "graduate").click();
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Sekar Presensi " + run + " lulus."));
        assertThat(traineeRow(sekarEnrolment).findElement(By.cssSelector(".trainee-status")).getText()).isEqualTo("Lulus");
        assertThat(browser.findElement(By.id("summary")).getText()).contains("1 lulus");
        browser.navigate().refresh();
        assertThat(traineeRow(sekarEnrolment).findElement(By.cssSelector(".trainee-status")).getText())
                .as("kept after a reload").isEqualTo("Lulus");

        // A consent is recorded by a form sent without Ajax: the new page's focus is on what it said.
        browser.get(app.url("/akun/penerima/detail.xhtml?id=" + sekar));
        focus(browser.findElement(By.cssSelector(".consent-row[data-field='DISPLAY_NAME'] button[id$=':grant']"))).sendKeys(Keys.ENTER);
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("page-messages"), "persetujuan tercatat"));
        waitUntil(driver -> "page-messages".equals(driver.switchTo().activeElement().getAttribute("id")));

        // Another unit's cohort and an unknown one end on the friendly pages.
        String magelangCohort = runningCohort(app, MAGELANG, "Angkatan Magelang " + run);
        browser.get(app.url("/akun/kohort/detail.xhtml?id=" + magelangCohort));
        assertThat(browser.findElement(By.id("error-heading")).getText()).isEqualTo("Akses ditolak");
        browser.get(app.url("/akun/kohort/presensi.xhtml?sesi=999999999"));
        assertThat(browser.findElement(By.id("error-heading")).getText()).isEqualTo("Halaman tidak ditemukan");
        signOut();
    }

    @Test
    void aCoordinatorPlansACohortEnrolsSomeoneByNameAddsASessionRecordsAWithdrawalAndExports() throws java.io.IOException {
        RunningApplication app = Applications.h2();
        String run = randomLetters(4);
        String person = "Laras Pendaftar " + run;
        String beneficiaryId = beneficiary(app, person, LocalDate.of(1985, 11, 2));
        String cohortName = "Angkatan Jahit " + run;
        signIn(app, "koordinator.bekasi", "demo-koordinator");

        browser.get(app.url("/akun/kohort/baru.xhtml"));
        browser.findElement(By.id("programme:programme-name")).sendKeys("Menjahit " + run);
        browser.findElement(By.id("programme:add-programme")).click();
        waitUntil(ExpectedConditions.textToBe(By.id("cohort:programme_label"), "Menjahit " + run));
        browser.findElement(By.id("cohort:name")).sendKeys(cohortName);
        setDate("cohort:start", TODAY.minusDays(1));
        setDate("cohort:end", TODAY.minusDays(5));
        browser.findElement(By.id("cohort:capacity")).sendKeys("2");
        browser.findElement(By.id("cohort:create")).click();
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("cohort:messages"), "Tanggal selesai tidak boleh"));
        assertThat(browser.findElement(By.xpath("//input[@id='cohort:end']/ancestor::div[contains(@class,'field')][1]")).getText())
                .contains("Tanggal selesai tidak boleh sebelum tanggal mulai");
        setDate("cohort:end", TODAY.plusDays(30));
        browser.findElement(By.id("cohort:create")).click();
        waitUntil(ExpectedConditions.textToBe(By.id("cohort-heading"), cohortName));
        assertThat(browser.findElement(By.id("messages")).getText()).contains("dibuat");
        assertThat(browser.findElement(By.id("cohort-status")).getText()).isEqualTo("Direncanakan");
        browser.findElement(By.id("status:start")).click();
        waitUntil(ExpectedConditions.textToBe(By.id("cohort-status"), "Berjalan"));

        // Enrolment through the search of the unit's beneficiaries.
        browser.findElement(By.id("enrol:candidate_input")).sendKeys("Laras Pendaftar " + run.substring(0, 2));
        waitUntil(ExpectedConditions.elementToBeClickable(By.cssSelector(
                "#enrol\\:candidate_panel li[data-item-label^='" + person + "']"))).click();
        browser.findElement(By.id("enrol:add")).click();
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), person + " terdaftar"));
        assertThat(browser.findElement(By.id("summary")).getText()).contains("1 dari 2 tempat terisi");

        setDate("session:date", TODAY);
        browser.findElement(By.id("session:topic")).sendKeys("Pola dasar");
        browser.findElement(By.id("session:add-session")).click();
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".session-list"), "Pola dasar"));

        browser.findElement(By.id("status:export")).click();
        Path csv = waitUntil(driver -> {
            try (var files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(".csv")).findFirst().orElse(null);
            } catch (java.io.IOException e) {
                return null;
            }
        });
        assertThat(Files.readString(csv)).startsWith("enrollmentId,beneficiaryId,fullName,status")
                .contains(person).doesNotContain(nikOf(beneficiaryId));

        WebElement row = browser.findElement(By.xpath("//tr[.//span[@class='trainee-name' and text()='" + person + "']]"));
        row.findElement(By.cssSelector("button[id$=':withdraw']")).click();
        waitUntil(ExpectedConditions.elementToBeClickable(By.id("withdraw:confirm"))).click();
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("withdraw"), "Wajib diisi"));
        browser.findElement(By.id("withdraw:reason")).sendKeys("Pindah ke luar kota");
        browser.findElement(By.id("withdraw:confirm")).click();
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), person + " dicatat mengundurkan diri"));
        assertThat(browser.findElement(By.id("trainees")).getText()).contains("Mengundurkan diri");
        assertThat(browser.findElement(By.id("summary")).getText()).contains("0 dari 2 tempat terisi");

        browser.findElement(By.id("status:complete")).click();
        waitUntil(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        waitUntil(ExpectedConditions.textToBe(By.id("cohort-status"), "Selesai"));
        assertThat(browser.findElements(By.id("enrol:candidate_input"))).as("a completed cohort takes nobody").isEmpty();
        Files.deleteIfExists(csv);
        signOut();
    }

    /**
     * A guest buys by keyboard: search, the work, the cart, checkout (sent empty first: the refusals at
     * their fields and the focus on the first; then filled with Tab and the arrow keys), the confirmation
     * with the order code, and tracking with code and email.
     */
    @Test
    void aShopperChecksOutByKeyboardAndTracksTheOrderWithItsCodeAndEmail() {
        RunningApplication app = Applications.h2();
        String word = Shopping.letters() + "belanja";
        String name = Shopping.sarisWork(app, word, 45_000, 4).get("name").asText();
        signOut();
        browser.get(app.url("/"));
        WebElement box = browser.findElement(By.id("home-q"));
        box.sendKeys(name);
        box.sendKeys(Keys.ENTER);
        waitUntil(ExpectedConditions.urlContains("/cari?q="));
        waitUntil(ExpectedConditions.elementToBeClickable(By.linkText(name))).click();
        waitUntil(ExpectedConditions.textToBe(By.id("product-heading"), name));
        focus(browser.findElement(By.id("add:add-to-cart"))).sendKeys(Keys.ENTER);
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("add-status-region"), "masuk keranjang"));
        browser.findElement(By.id("to-cart")).click();
        waitUntil(ExpectedConditions.elementToBeClickable(By.id("checkout-link"))).click();
        waitUntil(ExpectedConditions.textToBe(By.id("checkout-heading"), "Checkout"));
        assertThat(browser.findElement(By.id("checkout:summary")).getText()).contains(name);
        assertThat(browser.findElement(By.id("checkout-total")).getText()).isEqualTo("Total Rp45.000");
        assertNoHorizontalScrollAt375Px();

        focus(browser.findElement(By.id("checkout:place"))).sendKeys(Keys.ENTER);
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("checkout:name-error"), "Wajib diisi"));
        assertThat(browser.findElement(By.id("messages")).getText()).contains("Perbaiki isian yang ditandai");
        assertThat(browser.findElement(By.id("checkout:postalCode-error")).getText()).contains("Wajib diisi");
        waitUntil(driver -> "checkout:name".equals(focused().getAttribute("id")));
        assertThat(focused().getAttribute("aria-invalid")).isEqualTo("true");

        focused().sendKeys("Rina Pembeli", Keys.TAB);
        focused().sendKeys("rina.browser", Keys.TAB);
        focused().sendKeys("0812 3456 7890", Keys.TAB);
        focus(browser.findElement(By.id("checkout:place"))).sendKeys(Keys.ENTER);
        // Focus goes to the field that is wrong, not to the form's first one.
        waitUntil(driver -> "checkout:email".equals(focused().getAttribute("id")));
        assertThat(focused().getAttribute("aria-invalid")).isEqualTo("true");
        WebElement email = focused();
        email.clear();
        email.sendKeys("rina.browser@contoh.id", Keys.TAB);
        focused().sendKeys(Keys.TAB);
        assertThat(focused().getAttribute("value")).as("the delivery group, at its choice").isEqualTo("SHIPPING");
        focused().sendKeys(Keys.ARROW_DOWN);
        assertThat(focused().getAttribute("value")).isEqualTo("PICKUP");
        assertThat(focused().isSelected()).isTrue();
        assertThat(browser.findElement(By.id("checkout:address")).isDisplayed()).as("no address for a pickup").isFalse();
        focused().sendKeys(Keys.TAB);
        assertThat(focused().getAttribute("value")).as("the payment group, past the hidden address").isEqualTo("BANK_TRANSFER");
        focused().sendKeys(Keys.TAB);
        assertThat(focused().getAttribute("id")).isEqualTo("checkout:place");
        focused().sendKeys(Keys.ENTER);

        waitUntil(ExpectedConditions.urlContains("/pesanan/selesai?kode="));
        String code = browser.findElement(By.id("order-code")).getText();
        assertThat(code).matches("SK-[A-Z0-9]{8}");
        assertThat(browser.findElement(By.id("pay-amount")).getText()).isEqualTo("Rp45.000");
        assertThat(browser.findElement(By.id("pay-reference")).getText()).isEqualTo(code);
        assertThat(browser.findElement(By.cssSelector("#cart-link .cart-count")).getText()).as("the cart is emptied").isEqualTo("0");

        browser.findElement(By.id("track-link")).click();
        waitUntil(ExpectedConditions.textToBe(By.id("tracking-heading"), "Lacak pesanan"));
        assertThat(browser.findElement(By.id("track:code")).getAttribute("value")).isEqualTo(code);
        browser.findElement(By.id("track:email")).sendKeys("rina.browser@contoh.id", Keys.ENTER);
        waitUntil(ExpectedConditions.textToBe(By.id("order-status"), "Dipesan"));
        assertThat(browser.findElement(By.id("order-history")).getText()).contains("Dipesan");
        assertThat(browser.findElement(By.id("order-lines")).getText()).contains(name).contains("Rp45.000");
        assertThat(browser.getCurrentUrl()).doesNotContain("rina");
        assertNoHorizontalScrollAt375Px();
        signOut();
    }

    @Test
    void aCoordinatorMarksAnOrderPaidOnItsPageAndTheMakerSeesTheIncome() {
        RunningApplication app = Applications.h2();
        JsonNode work = Shopping.sarisWork(app, Shopping.letters() + "dibayar", 37_000, 3);
        String code = Shopping.placeOrder(app, work.get("id").asText(), 2, "Dewi Pembeli", "dewi@contoh.id");
        long incomeBefore = Http.json(Http.get(app.url("/api/v1/me/income"), Shopping.SARI[0], Shopping.SARI[1]))
                .get("total").asLong();

        signIn(app, Shopping.BEKASI[0], Shopping.BEKASI[1]);
        browser.findElement(By.id("unit-orders-link")).click();
        waitUntil(ExpectedConditions.elementToBeClickable(By.linkText(code))).click();
        waitUntil(ExpectedConditions.textToBe(By.id("order-status"), "Dipesan"));
        assertThat(browser.findElement(By.id("buyer")).getText()).contains("Dewi Pembeli").contains("dewi@contoh.id");
        browser.findElement(By.id("steps-form:paid")).click();
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Pesanan " + code + " ditandai sudah dibayar."));
        assertThat(browser.findElement(By.id("order-status")).getText()).isEqualTo("Dibayar");
        assertThat(browser.findElement(By.id("order-history")).getText()).contains("Dibayar").contains(Shopping.BEKASI[0]);
        signOut();

        signIn(app, Shopping.SARI[0], Shopping.SARI[1]);
        browser.findElement(By.id("my-income-link")).click();
        waitUntil(ExpectedConditions.textToBe(By.id("income-heading"), "Pendapatan saya"));
        assertThat(browser.findElement(By.id("income-total")).getText()).isEqualTo(rupiah(incomeBefore + 74_000));
        assertThat(browser.findElement(By.cssSelector("#income-chart canvas")).getAttribute("role")).isEqualTo("img");
        JsonNode months = Http.json(Http.get(app.url("/api/v1/me/income"), Shopping.SARI[0], Shopping.SARI[1])).get("months");
        assertThat(browser.findElement(By.id("income-table")).getText())
                .contains(rupiah(months.get(months.size() - 1).get("amount").asLong()));
        browser.findElement(By.id("my-orders-link")).click();
        WebElement line = waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("tr[data-code='" + code + "']")));
        assertThat(line.getText()).contains(work.get("name").asText()).contains("Dibayar").contains("Rp74.000");
        signOut();
    }

    private static String rupiah(long amount) {
        return "Rp" + String.format(java.util.Locale.ROOT, "%,d", amount).replace(',', '.');
    }

    /** Puts the keyboard focus on the element, as Tab would, and answers it. */
    private static WebElement focus(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].focus();", element);
        return focused();
    }

    private static WebElement focused() {
        return browser.switchTo().activeElement();
    }

    private static void setDate(String id, LocalDate date) {
        // Native date inputs take typed dates in the browser's locale format; the value is ISO either way.
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];",
                browser.findElement(By.id(id)), date.toString());
    }

    /** For checking that nothing happens: there is no event to wait for. */
    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void signIn(RunningApplication app, String user, String password) {
        Chromium.signIn(browser, app, user, password);
    }

    private static void signOut() {
        browser.manage().deleteAllCookies();
    }

    /** Page loads after a click are asynchronous to the driver: wait for what a person would wait for. */
    private static <T> T waitUntil(ExpectedCondition<T> condition) {
        return Chromium.waitUntil(browser, condition);
    }

    @Test
    void homePageShowsProductCardsAndSwitchesLanguage() {
        RunningApplication app = Applications.h2();
        browser.get(app.url("/"));
        assertThat(browser.getTitle()).contains("Sentra Kreasi");
        assertThat(browser.findElement(By.id("products-heading")).getText()).isEqualTo("Karya terbaru");

        List<WebElement> cards = browser.findElements(By.cssSelector(".product-card"));
        assertThat(cards).as("a handful of the newest works").hasSizeBetween(4, 8);
        WebElement card = cards.get(0);
        assertThat(card.findElement(By.cssSelector(".product-name")).getText()).isNotBlank();
        assertThat(card.findElement(By.cssSelector(".product-maker")).getText()).startsWith("oleh ");
        assertThat(card.findElement(By.cssSelector(".product-price")).getText()).matches("Rp[0-9]{1,3}(\\.[0-9]{3})*");
        WebElement picture = card.findElement(By.tagName("img"));
        assertThat(picture.getAttribute("alt")).isNotBlank();
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView();", picture);
        // The picture loads with a real size (lazy images load once scrolled into view).
        waitUntil(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "const img = arguments[0]; return img.complete && img.naturalWidth > 0;", picture)));

        browser.findElement(By.id("lang-en")).click();
        waitUntil(ExpectedConditions.textToBe(By.id("products-heading"), "Latest works"));
        assertThat(browser.findElement(By.cssSelector(".product-card .product-maker")).getText()).startsWith("by ");

        browser.get(app.url("/"));
        assertThat(browser.findElement(By.id("products-heading")).getText()).as("language kept across pages")
                .isEqualTo("Latest works");
        browser.findElement(By.id("lang-id")).click();
        waitUntil(ExpectedConditions.textToBe(By.id("products-heading"), "Karya terbaru"));
    }

    /**
     * A shopper's way, by keyboard where a person would use it: the suggestions of the home page's
     * search box, the results, a product, the cart, and the language switch that stays on the page.
     */
    @Test
    void aShopperSearchesWithSuggestionsByKeyboardAddsAWorkToTheCartAndSwitchesToEnglish() {
        RunningApplication app = Applications.h2();
        browser.get(app.url("/"));
        WebElement box = browser.findElement(By.id("home-q"));
        box.sendKeys("anyam");
        waitUntil(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#home-q-list [role='option']")));
        assertThat(box.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(browser.findElement(By.id("home-q-status")).getText()).as("announced").contains("saran tersedia");
        box.sendKeys(Keys.ARROW_DOWN);
        String chosenId = box.getAttribute("aria-activedescendant");
        WebElement chosen = browser.findElement(By.id(chosenId));
        assertThat(chosen.getAttribute("aria-selected")).isEqualTo("true");
        String suggestion = chosen.getText();
        assertThat(browser.switchTo().activeElement()).as("the focus stays in the box").isEqualTo(box);
        box.sendKeys(Keys.ENTER);

        waitUntil(ExpectedConditions.urlContains("/cari?q="));
        assertThat(browser.findElement(By.id("search-heading")).getText()).contains(suggestion);
        assertThat(browser.findElement(By.id("result-count")).getText()).matches("[1-9][0-9.]* karya ditemukan");
        assertNoHorizontalScrollAt375Px();
        WebElement firstResult = browser.findElement(By.cssSelector(".product-card .product-name a"));
        String name = firstResult.getText();
        firstResult.click();

        waitUntil(ExpectedConditions.textToBe(By.id("product-heading"), name));
        assertThat(browser.getTitle()).startsWith(name);
        assertThat(browser.findElement(By.id("main-photo")).getAttribute("alt")).contains(name);
        assertNoHorizontalScrollAt375Px();
        WebElement add = browser.findElement(By.id("add:add-to-cart"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].focus();", add);
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("add-status-region"), "masuk keranjang"));
        assertThat(browser.findElement(By.id("add-status-region")).getAttribute("aria-live")).isEqualTo("polite");
        assertThat(browser.findElement(By.cssSelector("#cart-link .cart-count")).getText()).isEqualTo("1");

        browser.findElement(By.id("to-cart")).click();
        waitUntil(ExpectedConditions.textToBe(By.id("cart-heading"), "Keranjang belanja"));
        assertThat(browser.findElement(By.cssSelector(".cart-lines")).getText()).contains(name);
        // Enter in the quantity updates the cart (it used to press the first line's "Hapus").
        WebElement quantity = browser.findElement(By.id("cart:lines:0:quantity"));
        quantity.clear();
        quantity.sendKeys("2", Keys.ENTER);
        waitUntil(ExpectedConditions.textToBe(By.cssSelector("#cart-link .cart-count"), "2"));
        assertThat(browser.findElement(By.cssSelector(".cart-lines")).getText()).contains(name);
        // The default command takes the focus, and keeps it through the update (not <body>).
        waitUntil(driver -> "cart:update".equals(driver.switchTo().activeElement().getAttribute("id")));
        assertThat(browser.findElement(By.id("checkout-link")).getAttribute("href")).endsWith("/checkout");
        assertNoHorizontalScrollAt375Px();

        browser.findElement(By.id("lang-en")).click();
        waitUntil(ExpectedConditions.textToBe(By.id("cart-heading"), "Shopping cart"));
        assertThat(browser.getCurrentUrl()).contains("/keranjang");
        assertThat(browser.findElement(By.cssSelector(".cart-lines")).getText()).contains(name).contains("each");
        assertThat(browser.findElement(By.id("checkout-link")).getText()).isEqualTo("Continue to checkout");
        browser.navigate().back();
        browser.navigate().back();
        waitUntil(ExpectedConditions.textToBe(By.id("product-heading"), name));
        browser.navigate().refresh();
        waitUntil(ExpectedConditions.textToBePresentInElementValue(By.id("add:add-to-cart"), "Add to cart"));
        signOut();
    }

    @Test
    void staffCanSignInWithTheLoginFormAndSignOut() {
        RunningApplication app = Applications.h2();
        browser.get(app.url("/akun/index.xhtml"));
        assertThat(browser.getCurrentUrl()).contains("/login.xhtml");
        browser.findElement(By.id("login:username")).sendKeys("koordinator.bekasi");
        browser.findElement(By.id("login:password")).sendKeys("salah");
        browser.findElement(By.id("login:submit")).click();
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("login:messages"), "salah"));

        browser.findElement(By.id("login:password")).sendKeys("demo-koordinator");
        browser.findElement(By.id("login:submit")).click();
        waitUntil(ExpectedConditions.urlContains("/akun/index.xhtml"));
        assertThat(browser.findElement(By.id("signed-in-as")).getText()).contains("koordinator.bekasi").contains("(Koordinator)");

        browser.findElement(By.id("account:logout")).click();
        waitUntil(ExpectedConditions.not(ExpectedConditions.urlContains("/akun/")));
        browser.get(app.url("/akun/index.xhtml"));
        assertThat(browser.getCurrentUrl()).contains("/login.xhtml");
    }
    // ---- cohort data through the vocational API ---------------------------------------------------

    private static final String[] BEKASI = {"koordinator.bekasi", "demo-koordinator"};
    private static final String[] MAGELANG = {"koordinator.magelang", "demo-koordinator"};
    /** The application's clock is UTC: its "today" decides the session dates and graduation. */
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final java.util.Map<String, String> NIKS = new java.util.HashMap<>();

    /** A started cohort of five places of the coordinator's unit, from a month ago to two months ahead. */
    private static String runningCohort(RunningApplication app, String[] coordinator, String name) {
        String unitId = Http.json(Http.get(app.url("/api/v1/me"), coordinator[0], coordinator[1])).get("unitId").asText();
        String programmeId = Http.json(post(app, coordinator, "/api/v1/programs", "name", "Tata Boga " + name))
                .get("id").asText();
        String cohortId = Http.json(post(app, coordinator, "/api/v1/cohorts", "programId", programmeId, "unitId", unitId,
                "name", name, "startDate", TODAY.minusDays(30).toString(), "endDate", TODAY.plusDays(60).toString(),
                "capacity", 5)).get("id").asText();
        post(app, coordinator, "/api/v1/cohorts/" + cohortId + "/start");
        return cohortId;
    }

    /** A fictional adult man of Bekasi with a NIK that agrees with his birth date. */
    private static String beneficiary(RunningApplication app, String name, LocalDate birthDate) {
        String unitId = Http.json(Http.get(app.url("/api/v1/me"), BEKASI[0], BEKASI[1])).get("unitId").asText();
        String nik = "327501" + birthDate.format(DateTimeFormatter.ofPattern("ddMMyy"))
                + String.format("%04d", ThreadLocalRandom.current().nextInt(1, 10_000));
        String id = Http.json(vocational(app, "/api/v1/beneficiaries", "fullName", name, "nik", nik, "gender", "M",
                "birthDate", birthDate.toString(), "cluster", "PENYANDANG_DISABILITAS", "unitId", unitId))
                .get("id").asText();
        NIKS.put(id, nik);
        return id;
    }

    private static String nikOf(String beneficiaryId) {
        return NIKS.get(beneficiaryId);
    }

    private static HttpResponse<String> vocational(RunningApplication app, String path, Object... keysAndValues) {
        return post(app, BEKASI, path, keysAndValues);
    }

    private static HttpResponse<String> post(RunningApplication app, String[] who, String path, Object... keysAndValues) {
        java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        try {
            HttpResponse<String> response = Http.post(app.url(path), who[0], who[1],
                    keysAndValues.length == 0 ? "" : JSON.writeValueAsString(body));
            assertThat(response.statusCode()).as(path + ": " + response.body()).isBetween(200, 201);
            return response;
        } catch (JsonProcessingException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String randomLetters(int count) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < count; i++) {
            letters.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return letters.toString();
    }

    private static WebElement traineeRow(String enrollmentId) {
        return browser.findElement(By.xpath("//tr[.//span[@data-enrollment-id='" + enrollmentId + "']]"));
    }

    private static WebElement traineeButton(String enrollmentId, String action) {
        return traineeRow(enrollmentId).findElement(By.cssSelector("button[id$=':" + action + "']"));
    }

    /** The name of the attendance row that holds the focused radio button (its group's accessible name). */
    private static String focusedRowName() {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "const f = document.activeElement; return f.type === 'radio' ? f.closest('fieldset').querySelector('legend').textContent.trim() : null;");
    }

    /** At a phone's width (375 CSS px) the page does not scroll sideways; tables scroll or stack inside themselves. */
    private static void assertNoHorizontalScrollAt375Px() {
        Dimension before = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(375, 800));
        try {
            waitUntil(driver -> ((Number) ((JavascriptExecutor) driver).executeScript("return window.innerWidth;")).intValue() <= 400);
            Object overflow = ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(((Number) overflow).intValue()).as("horizontal overflow at 375 px on " + browser.getCurrentUrl())
                    .isLessThanOrEqualTo(0);
        } finally {
            browser.manage().window().setSize(before);
        }
    }
}
