package org.sentrakreasi.deploy.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for the browser ITs (Debian's chromium + chromium-driver). Without them the
 * calling test class is skipped with a message, unless the run requires browsers (CI=true or
 * SENTRAKREASI_REQUIRE_BROWSER=true), where their absence is a failure.
 */
final class Chromium {

    private static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    /** @param downloads where files the pages offer are saved without asking */
    static WebDriver open(Path downloads) {
        boolean installed = Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
        String missing = "Chromium is not installed: apt-get install chromium chromium-driver";
        if (required()) {
            assertThat(installed).as(missing).isTrue();
        }
        Assumptions.assumeTrue(installed, missing);
        ChromeOptions options = new ChromeOptions();
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        options.setBinary(BINARY.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        WebDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return browser;
    }

    /** Signs in with the login form and waits for the account page it leads to. */
    static void signIn(WebDriver browser, RunningApplication app, String user, String password) {
        browser.get(app.url("/login.xhtml"));
        browser.findElement(By.id("login:username")).sendKeys(user);
        browser.findElement(By.id("login:password")).sendKeys(password);
        browser.findElement(By.id("login:submit")).click();
        waitUntil(browser, ExpectedConditions.urlContains("/akun/"));
    }

    /** Page loads after a click are asynchronous to the driver: waits for what a person would wait for. */
    static <T> T waitUntil(WebDriver browser, ExpectedCondition<T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(condition);
    }

    private static boolean required() {
        return "true".equalsIgnoreCase(System.getenv("CI"))
                || "true".equalsIgnoreCase(System.getenv("SENTRAKREASI_REQUIRE_BROWSER"));
    }
}
