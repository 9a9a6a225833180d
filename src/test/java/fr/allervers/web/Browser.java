package fr.allervers.web;

import fr.allervers.support.TestTenants;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium (Debian's, with its own chromedriver: nothing is downloaded) for a test class, with the
 * helpers the page tests share: open a page and wait until its module says ready, read the layer counts through
 * the window.allerVers debug handle, collect console errors, save screenshots under target/screenshots.
 */
final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final Path profile;
    private final String baseUrl;

    Browser(int port) {
        System.setProperty("SE_OFFLINE", "true");
        try {
            profile = Files.createTempDirectory("allervers-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--lang=fr-FR",
                "--user-data-dir=" + profile, "--window-size=1400,1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        baseUrl = "http://localhost:" + port;
    }

    /** Opens a page and waits until its module has drawn its layers (window.allerVers.ready). */
    void open(String path) {
        visit(path);
        waitUntil("la page « " + path + " » est prête", Duration.ofSeconds(30),
                "return window.allerVers && (window.allerVers.ready === true || window.allerVers.errors.length > 0)");
        assertThat(jsErrors()).as("erreurs JavaScript de " + path).isEmpty();
    }

    /**
     * Signs in through the login page as one of the test class's accounts (see {@code TestTenants}), unless this
     * browser already has a session, and lands on that role's view.
     */
    void signIn(String username) {
        signIn(username, TestTenants.PASSWORD);
    }

    /** The same with the account's own password (an account the test made through the pages or the command line). */
    void signIn(String username, String password) {
        if (driver.manage().getCookieNamed("JSESSIONID") != null && signedInAs(username)) {
            return;
        }
        visit("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form[action='/login'] button[type='submit']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).withMessage("connexion de " + username)
                .until(d -> !d.getCurrentUrl().contains("/login"));
    }

    private boolean signedInAs(String username) {
        Object me = js("const r = new XMLHttpRequest(); r.open('GET', '/api/me', false); r.send();"
                + "return r.status === 200 ? JSON.parse(r.responseText).username : null;");
        return username.equals(me);
    }

    /** Goes to a page, leaving behind the console lines of the previous one. */
    void visit(String path) {
        driver.manage().logs().get(LogType.BROWSER);
        driver.get(baseUrl + path);
    }

    void waitUntil(String what, Duration timeout, String script, Object... args) {
        new WebDriverWait(driver, timeout).withMessage(what)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(script, args)));
    }

    /** The query the page's layers were asked with: {@code ?bbox=…} around the territory, or nothing. */
    String layerQuery() {
        Object bbox = js("return window.allerVers.bbox || null;");
        return bbox == null ? "" : "?bbox=" + bbox;
    }

    /**
     * Waits until the layer's feature count satisfies {@code expected} and returns it: layers load after the page is
     * ready or after a click, so a count is never read bare. Fails naming what was awaited and the last count.
     */
    long awaitLayer(String layer, java.util.function.LongPredicate expected, String what) {
        long[] last = {-1};
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .withMessage(() -> what + " (couche « " + layer + " » : " + last[0] + " éléments)")
                .until(d -> expected.test(last[0] = layerCount(layer)));
        return last[0];
    }

    /** Waits until {@code condition} holds, failing with {@code what}. */
    void await(String what, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).withMessage(what).until(d -> condition.getAsBoolean());
    }

    /** The feature count of a layer as it is now; use {@link #awaitLayer} after an action. */
    long layerCount(String layer) {
        Object n = js("const l = window.allerVers.layers['" + layer + "']; return l ? l.count() : 0;");
        return ((Number) n).longValue();
    }

    boolean hasLayer(String layer) {
        return Boolean.TRUE.equals(js("return Boolean(window.allerVers.layers['" + layer + "'])"));
    }

    /** SVG paths Leaflet drew on the map (polygons, circle markers, lines). */
    long drawnPaths() {
        return driver.findElements(By.cssSelector("#carte path.leaflet-interactive")).size();
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    @SuppressWarnings("unchecked")
    List<String> jsErrors() {
        return new ArrayList<>((List<String>) js("return window.allerVers ? window.allerVers.errors : []"));
    }

    /**
     * Console errors, except the browser's own line for an HTTP 404 answer of the API: an endpoint that this
     * server does not offer yet is a case the pages handle (they say so in French), not a fault of the page.
     */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !(m.contains("/api/") && m.contains("Failed to load resource") && m.contains("status of 404")))
                .toList();
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String baseUrl() {
        return baseUrl;
    }

    ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary profile is harmless
        }
    }
}
