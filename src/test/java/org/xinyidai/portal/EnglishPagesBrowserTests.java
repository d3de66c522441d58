package org.xinyidai.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xinyidai.support.BrowserTest;

/**
 * The public pages in English: no Chinese punctuation in what the platform says (what people wrote, marked
 * {@code data-written}, is shown as written).
 */
class EnglishPagesBrowserTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void thePublicPagesInEnglishShowNoChinesePunctuation() {
        long bank = jdbc.sql("select id from institution_institution where name = '国信示范银行股份有限公司'")
                .query(Long.class).single();
        List<String> slips = new ArrayList<>();
        for (String path : List.of("/?city=foshan&lang=en", "/products?lang=en", "/institutions?lang=en",
                "/institutions/" + bank + "?lang=en", "/help?lang=en", "/contact?lang=en")) {
            open(path);
            // what people wrote (an institution's introduction, a help article's title) is shown as written
            String text = (String) page.evaluate("() => { const b = document.body.cloneNode(true);"
                    + " b.querySelectorAll('[data-written]').forEach(e => e.remove()); document.documentElement.appendChild(b);"
                    + " const t = b.innerText; b.remove(); return t; }");
            for (String mark : List.of("、", "：", "（", "）")) {
                if (text.contains(mark)) {
                    int at = text.indexOf(mark);
                    slips.add(path + " shows " + mark + " in «" + text.substring(Math.max(0, at - 20),
                            Math.min(text.length(), at + 20)).replace('\n', ' ') + "»");
                }
            }
        }
        assertThat(slips).isEmpty();
    }

    @Test
    void thePublicHeaderFitsOnOneLineAt1366PixelsInEnglish() {
        page.setViewportSize(1366, 800);
        open("/?city=foshan&lang=en");
        double navbar = page.locator("nav.xyd-navbar").boundingBox().height;
        double brand = page.locator("nav.xyd-navbar .navbar-brand").boundingBox().height;
        double link = page.locator("#publicNav .nav-link").first().boundingBox().height;
        // one line: the bar is no taller than its tallest item plus the bar's own padding (16 px)
        assertThat(navbar).isLessThanOrEqualTo(Math.max(brand, link) + 16 + 1);
    }
}
