package org.sentrakreasi.deploy.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real Chromium (Debian's chromium + chromium-driver). Without them the test is
 * skipped with a message, unless the run requires browsers (CI=true or
 * SENTRAKREASI_REQUIRE_BROWSER=true), where their absence is a failure.
 */
class BrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static WebDriver browser;

    @BeforeAll
    static void openBrowser() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String missing = "Chromium is not installed: apt-get install chromium chromium-driver";
        if (browserRequired()) {
            assertThat(installed).as(missing).isTrue();
        }
        Assumptions.assumeTrue(installed, missing);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
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
        assertThat(Http.get(app.url("/api/v1/products/" + id)).statusCode()).isEqualTo(200);

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
        assertThat(browser.findElement(By.cssSelector("[id$='errors']")).getText()).contains("price is required");
        java.nio.file.Files.deleteIfExists(csv);
        signOut();
    }

    @Test
    void aMakerCreatesAListingAddsAPhotoAndSendsItForReview() throws java.io.IOException {
        RunningApplication app = Applications.h2();
        String name = "Bantal Perca " + java.util.UUID.randomUUID().toString().substring(0, 6);
        java.nio.file.Path photo = java.nio.file.Files.createTempFile("photo-", ".png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(900, 900, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", photo.toFile());
        signIn(app, "pengrajin.sari", "demo-pengrajin");
        browser.get(app.url("/akun/produk/edit.xhtml"));
        browser.findElement(By.id("listing:name")).sendKeys(name);
        browser.findElement(By.id("listing:category")).click();
        waitUntil(ExpectedConditions.elementToBeClickable(By.cssSelector("#listing\\:category_items li[data-label='Fesyen']")))
                .click();
        browser.findElement(By.id("listing:price_input")).sendKeys("75000");
        WebElement stock = browser.findElement(By.id("listing:stock_input"));
        stock.clear();
        stock.sendKeys("4");
        browser.findElement(By.id("listing:save")).click();
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("listing-status"), "Draf"));

        browser.findElement(By.cssSelector("input[type='file']")).sendKeys(photo.toAbsolutePath().toString());
        waitUntil(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".photo-list img"), 1));
        // The uploaded photo is shown: it loads with a real size.
        waitUntil(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "const img = document.querySelector('.photo-list img'); return img.complete && img.naturalWidth > 0;")));

        browser.findElement(By.id("listing:submit")).click();
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("listing-status"), "Menunggu tinjauan"));
        java.nio.file.Files.deleteIfExists(photo);
        signOut();
    }

    private static void signIn(RunningApplication app, String user, String password) {
        browser.get(app.url("/login.xhtml"));
        browser.findElement(By.id("login:username")).sendKeys(user);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
        waitUntil(ExpectedConditions.urlContains("/akun/"));
    }

    private static void signOut() {
        browser.manage().deleteAllCookies();
    }

    /** Page loads after a click are asynchronous to the driver: wait for what a person would wait for. */
    private static <T> T waitUntil(ExpectedCondition<T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(condition);
    }

    private static boolean browserRequired() {
        return "true".equalsIgnoreCase(System.getenv("CI"))
                || "true".equalsIgnoreCase(System.getenv("SENTRAKREASI_REQUIRE_BROWSER"));
    }

    @Test
    void homePageShowsProductCardsAndSwitchesLanguage() {
        RunningApplication app = Applications.h2();
        browser.get(app.url("/"));
        assertThat(browser.getTitle()).contains("Sentra Kreasi");
        assertThat(browser.findElement(By.id("products-heading")).getText()).isEqualTo("Karya terbaru");

        List<WebElement> cards = browser.findElements(By.cssSelector(".product-card"));
        assertThat(cards).hasSizeGreaterThanOrEqualTo(12);
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
        assertThat(browser.findElement(By.id("signed-in-as")).getText()).contains("koordinator.bekasi").contains("COORDINATOR");

        browser.findElement(By.id("account:logout")).click();
        waitUntil(ExpectedConditions.not(ExpectedConditions.urlContains("/akun/")));
        browser.get(app.url("/akun/index.xhtml"));
        assertThat(browser.getCurrentUrl()).contains("/login.xhtml");
    }
}
