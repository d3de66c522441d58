package org.xinyidai.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Browser tests: the real application on a random port, driven through the system Chromium by
 * Playwright (which never downloads a browser here). In CI a missing Chromium fails the run; elsewhere
 * the tests are skipped with the command that installs it. Every test leaves a screenshot of its last
 * page in target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTest {

    private static final Path CHROMIUM = Paths.get(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
    private static final Pattern SIX_DIGITS = Pattern.compile("(\\d{6})");

    private static Playwright playwright;
    private static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;
    private final List<BrowserContext> otherContexts = new java.util.ArrayList<>();
    private String testName;

    @BeforeAll
    static void launchBrowser() {
        if (!Files.isExecutable(CHROMIUM)) {
            String how = "No Chromium at " + CHROMIUM + ": install it with "
                    + "'apt-get install -y chromium fonts-wqy-microhei' (or set CHROMIUM_PATH) to run the browser tests.";
            if ("true".equals(System.getenv("CI"))) {
                fail(how);
            }
            assumeTrue(false, how);
        }
        if (browser == null) {
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                browser.close();
                playwright.close();
            }));
        }
    }

    @AfterAll
    static void keepBrowserForNextClass() {
        // One browser for the whole run: launching costs seconds; each test gets a fresh context.
    }

    @BeforeEach
    void openPage(TestInfo info) {
        testName = info.getTestClass().map(Class::getSimpleName).orElse("test") + "-"
                + info.getTestMethod().map(m -> m.getName()).orElse("page");
        context = newContext();
        page = context.newPage();
    }

    /**
     * A second person at another computer: a tab of its own browser context (own cookies), closed after the
     * test like the main one.
     */
    protected Page anotherPerson() {
        BrowserContext other = newContext();
        otherContexts.add(other);
        return other.newPage();
    }

    private BrowserContext newContext() {
        BrowserContext created = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN")
                .setViewportSize(1280, 900));
        created.setDefaultTimeout(10_000);
        return created;
    }

    @AfterEach
    void closePage() {
        if (page != null && !page.isClosed()) {
            screenshot(testName);
        }
        if (context != null) {
            context.close();
        }
        otherContexts.forEach(BrowserContext::close);
        otherContexts.clear();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void open(String path) {
        page.navigate(url(path));
    }

    protected void screenshot(String name) {
        screenshot(page, name);
    }

    protected void screenshot(Page tab, String name) {
        tab.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", name + ".png"))
                .setFullPage(true));
    }

    /**
     * Signs in with phone and password in the given tab; staff then take the second factor with the code
     * from the dev SMS outbox. Ends on the person's landing page.
     */
    protected void signIn(Page tab, String phone, String password) {
        tab.navigate(url("/login"));
        tab.getByLabel("手机号").fill(phone);
        tab.getByLabel("密码").fill(password);
        tab.locator("[data-testid=password-login] button[type=submit]").click();
        tab.waitForLoadState();
        if (tab.url().contains("/login/verify")) {
            tab.getByLabel("短信验证码").fill(latestSmsCode(phone));
            tab.locator("[data-testid=verify-form] button[type=submit]").click();
        }
        assertThat(tab.locator("[data-testid=user-menu]")).isVisible();
    }

    /**
     * Reloads the tab until the locator shows something, for what arrives after the action's commit (messages and
     * SMS are delivered by after-commit listeners on another thread): at most ten seconds, then the test fails.
     */
    protected void reloadUntilVisible(Page tab, Locator what) {
        for (int attempt = 1; ; attempt++) {
            try {
                // A locator is looked up afresh each time, so it sees the reloaded page.
                assertThat(what.first()).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(1000));
                return;
            } catch (AssertionError notYet) {
                if (attempt == 10) {
                    throw notYet;
                }
                tab.reload();
            }
        }
    }

    /** A mobile number no demo account uses. */
    protected static String newPhone() {
        return "17" + String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
    }

    /**
     * Reads the newest code sent to a number from the dev profile's /dev/sms page, as a developer
     * without a phone would, in a second tab of the same browser.
     */
    protected String latestSmsCode(String phone) {
        Page outbox = context.newPage();
        try {
            outbox.navigate(url("/dev/sms"));
            // Only code texts: another text to the number (an approval, sent after its commit) may be newer.
            Locator row = outbox.locator("[data-testid=dev-sms] tbody tr")
                    .filter(new Locator.FilterOptions().setHas(outbox.locator("td.sms-phone", new Page.LocatorOptions().setHasText(phone))))
                    .filter(new Locator.FilterOptions().setHasText("验证码为"))
                    .first();
            Matcher matcher = SIX_DIGITS.matcher(row.locator("td.sms-text").innerText());
            if (!matcher.find()) {
                fail("No code in the last message to " + phone);
            }
            return matcher.group(1);
        } finally {
            outbox.close();
        }
    }

    /** Clicks "获取验证码" and waits for its one-line answer. */
    protected String requestCode() {
        page.locator("[data-testid=send-code]").click();
        Locator message = page.locator("[data-testid=sms-message]");
        message.waitFor();
        return message.innerText();
    }
}
