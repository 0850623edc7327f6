package org.sentrakreasi.deploy.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * axe-core (Deque's runner, in the real Chromium) on the pages shoppers, makers and coordinators
 * use: no serious or critical violation of WCAG 2.1 A/AA rules. Minor and moderate findings are
 * not failures here; they are reported in the output when present.
 */
class AccessibilityIT {

    private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");
    private static WebDriver browser;

    @BeforeAll
    static void openBrowser() throws java.io.IOException {
        browser = Chromium.open(Files.createTempDirectory("axe-it-downloads-"));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void publicPagesPassAxe() {
        RunningApplication app = Applications.h2();
        browser.manage().deleteAllCookies();
        List<String> failures = new ArrayList<>();
        for (String path : List.of("/", "/login.xhtml", "/?lang=en", "/cari?q=keripik", "/cari?q=tidakadasamasekali",
                "/kategori/anyaman", "/keranjang")) {
            failures.addAll(audit(app.url(path)));
        }
        String product = firstLink(app.url("/kategori/makanan"), "a[href*='/p/']");
        failures.addAll(audit(product));
        failures.addAll(audit(firstLink(product, "a[href*='/pengrajin/']")));
        browser.get(product);
        browser.findElement(By.id("add:add-to-cart")).click();
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("to-cart")));
        failures.addAll(audit(app.url("/keranjang")));
        browser.manage().deleteAllCookies();
        assertThat(failures).isEmpty();
    }

    @Test
    void theMakersPagesPassAxe() {
        RunningApplication app = Applications.h2();
        browser.manage().deleteAllCookies();
        Chromium.signIn(browser, app, "pengrajin.sari", "demo-pengrajin");
        List<String> failures = new ArrayList<>();
        for (String path : List.of("/akun/index.xhtml", "/akun/produk/index.xhtml", "/akun/produk/edit.xhtml")) {
            failures.addAll(audit(app.url(path)));
        }
        failures.addAll(audit(firstLink(app.url("/akun/produk/index.xhtml"), "a[href*='produk/edit.xhtml?id=']")));
        browser.manage().deleteAllCookies();
        assertThat(failures).isEmpty();
    }

    @Test
    void theCoordinatorsPagesPassAxe() {
        RunningApplication app = Applications.h2();
        browser.manage().deleteAllCookies();
        Chromium.signIn(browser, app, "koordinator.bekasi", "demo-koordinator");
        List<String> failures = new ArrayList<>();
        for (String path : List.of("/akun/index.xhtml", "/akun/moderasi.xhtml", "/akun/impor.xhtml",
                "/akun/kohort/index.xhtml", "/akun/kohort/baru.xhtml", "/akun/penerima/index.xhtml", "/akun/dasbor.xhtml")) {
            failures.addAll(audit(app.url(path)));
        }
        String cohort = cohortWithSessionsAndTrainees(app);
        failures.addAll(audit(cohort));
        failures.addAll(audit(firstLink(cohort, "a[href*='kohort/presensi.xhtml?sesi=']")));
        failures.addAll(audit(firstLink(cohort, "a[href*='kohort/asesmen.xhtml?id=']")));
        String someone = Http.json(Http.post(app.url("/api/v1/beneficiaries/search"), "koordinator.bekasi",
                "demo-koordinator", "{\"q\":\"fiktif\"}")).get(0).get("id").asText();
        failures.addAll(audit(app.url("/akun/penerima/detail.xhtml?id=" + someone)));
        browser.manage().deleteAllCookies();
        assertThat(failures).isEmpty();
    }

    /** Checkout with a line in the cart (and with its refusals shown), the confirmation, tracking and its answer. */
    @Test
    void theCheckoutConfirmationAndTrackingPagesPassAxe() {
        RunningApplication app = Applications.h2();
        JsonNode work = Shopping.sarisWork(app, Shopping.letters() + "aksesibel", 20_000, 3);
        browser.manage().deleteAllCookies();
        List<String> failures = new ArrayList<>(audit(app.url("/checkout")));
        browser.get(app.url("/p/" + work.get("slug").asText()));
        browser.findElement(By.id("add:add-to-cart")).click();
        waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("to-cart")));
        failures.addAll(audit(app.url("/checkout")));
        browser.findElement(By.id("checkout:place")).click();
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("checkout:name-error"), "Wajib diisi"));
        failures.addAll(auditHere("checkout with refusals"));
        browser.findElement(By.id("checkout:name")).sendKeys("Ayu Pembeli");
        browser.findElement(By.id("checkout:email")).sendKeys("ayu@contoh.id");
        browser.findElement(By.id("checkout:phone")).sendKeys("0812 3456 7890");
        browser.findElement(By.cssSelector("input[name='checkout:delivery'][value='PICKUP']")).click();
        browser.findElement(By.id("checkout:place")).click();
        waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("order-code")));
        String code = browser.findElement(By.id("order-code")).getText();
        failures.addAll(auditHere("confirmation"));
        failures.addAll(audit(app.url("/lacak?kode=" + code)));
        browser.findElement(By.id("track:email")).sendKeys("ayu@contoh.id");
        browser.findElement(By.id("track:submit")).click();
        waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("tracking-result")));
        failures.addAll(auditHere("tracking answer"));
        browser.manage().deleteAllCookies();
        assertThat(failures).isEmpty();
    }

    /** The coordinator's order list and an order's page; the maker's orders and income (with a paid order, so with the chart). */
    @Test
    void theOrderPagesOfCoordinatorsAndMakersPassAxe() {
        RunningApplication app = Applications.h2();
        JsonNode work = Shopping.sarisWork(app, Shopping.letters() + "aksespesanan", 15_000, 3);
        String code = Shopping.placeOrder(app, work.get("id").asText(), 1, "Sinta Pembeli", "sinta@contoh.id");
        browser.manage().deleteAllCookies();
        Chromium.signIn(browser, app, Shopping.BEKASI[0], Shopping.BEKASI[1]);
        List<String> failures = new ArrayList<>(audit(app.url("/akun/pesanan/index.xhtml")));
        failures.addAll(audit(app.url("/akun/pesanan/detail.xhtml?kode=" + code)));
        browser.findElement(By.id("steps-form:paid")).click();
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), code));
        failures.addAll(auditHere("order page after a step"));
        browser.manage().deleteAllCookies();
        Chromium.signIn(browser, app, Shopping.SARI[0], Shopping.SARI[1]);
        failures.addAll(audit(app.url("/akun/pesanan-saya.xhtml")));
        failures.addAll(audit(app.url("/akun/pendapatan.xhtml")));
        browser.manage().deleteAllCookies();
        assertThat(failures).isEmpty();
    }

    private static <T> T waitUntil(ExpectedCondition<T> condition) {
        return Chromium.waitUntil(browser, condition);
    }

    /**
     * A cohort of the unit with sessions and trainees (the demo data has them): other tests on the
     * same application add cohorts without either, which may come first in the list.
     */
    private static String cohortWithSessionsAndTrainees(RunningApplication app) {
        browser.get(app.url("/akun/kohort/index.xhtml"));
        List<String> cohorts = browser.findElements(By.cssSelector("a[href*='kohort/detail.xhtml?id=']")).stream()
                .map(link -> link.getAttribute("href")).toList();
        for (String cohort : cohorts) {
            browser.get(cohort);
            if (!browser.findElements(By.cssSelector("a[href*='kohort/presensi.xhtml?sesi=']")).isEmpty()
                    && !browser.findElements(By.cssSelector("a[href*='kohort/asesmen.xhtml?id=']")).isEmpty()) {
                return cohort;
            }
        }
        throw new AssertionError("no cohort with sessions and trainees among " + cohorts);
    }

    /** The address of the first link matching the selector on a page, which must have one. */
    private static String firstLink(String page, String selector) {
        browser.get(page);
        List<WebElement> links = browser.findElements(By.cssSelector(selector));
        assertThat(links).as("a link " + selector + " on " + page).isNotEmpty();
        return links.get(0).getAttribute("href");
    }

    /** Serious and critical violations on the page at that address, one line each with where they are. */
    private static List<String> audit(String url) {
        browser.get(url);
        return auditHere(url);
    }

    /** The same, on the page as it is now (after a form was sent), named for the report. */
    private static List<String> auditHere(String url) {
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(browser);
        assertThat(results.getErrorMessage()).as("axe ran on " + url).isNull();
        List<String> failures = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            String line = url + " [" + rule.getImpact() + "] " + rule.getId() + ": " + rule.getHelp() + " at "
                    + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                            .collect(Collectors.toCollection(LinkedHashSet::new));
            if (FAILING_IMPACTS.contains(rule.getImpact())) {
                failures.add(line);
            } else {
                System.out.println("axe (not failing): " + line);
            }
        }
        return failures;
    }
}
