package org.xinyidai.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xinyidai.support.BrowserTest;

/**
 * Every public page at 375 px wide (a phone): nothing wider than the screen, one h1, alt text on every
 * image, a label on every form field. Each page leaves a screenshot in target/screenshots.
 */
class PublicPagesAccessibilityBrowserTests extends BrowserTest {

    private static final List<String> PAGES = List.of("/", "/login", "/login?tab=sms", "/register", "/password/forgot",
            "/onboarding", "/products", "/institutions", "/agencies", "/help", "/contact", "/promotion", "/sites", "/legal/agreement",
            "/legal/privacy", "/?city=nowhere");

    /** Fields without a label: no label[for], no wrapping label, no aria-label / aria-labelledby. */
    private static final String UNLABELLED = """
            () => [...document.querySelectorAll('input, select, textarea')]
              .filter(e => !['hidden', 'submit', 'button'].includes(e.type) && !e.closest('[aria-hidden=true]')
                        && e.offsetParent !== null)
              .filter(e => !(e.id && document.querySelector('label[for="' + e.id + '"]')) && !e.closest('label')
                        && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby'))
              .map(e => e.name || e.id || e.outerHTML.slice(0, 60))""";

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void publicPagesWorkOnAPhoneAndPassTheAccessibilitySmokeCheck() {
        page.setViewportSize(375, 800);
        List<String> pages = new java.util.ArrayList<>(PAGES);
        pages.add("/agencies/" + jdbc.sql("select account_id from credit_agency_profile where name = '佛山示范信用评级有限公司'")
                .query(Long.class).single());
        for (String path : pages) {
            open(path);
            assertThat(page.locator("h1").count()).as("one h1 on " + path).isEqualTo(1);
            assertThat(page.locator("img:not([alt])").count()).as("images without alt on " + path).isZero();
            assertThat((List<?>) page.evaluate(UNLABELLED)).as("fields without a label on " + path).isEmpty();
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertThat(((Number) overflow).intValue()).as("horizontal overflow on " + path).isLessThanOrEqualTo(1);
            page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Paths.get("target", "screenshots",
                    "375" + path.replaceAll("[^a-z]+", "-") + ".png")).setFullPage(true));
        }
    }
}
