package org.xinyidai.credit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.xinyidai.support.BrowserTest;

/** The demo enterprise opens 我的信用: its score, grade, the points adding up to it, reasons and how to raise it. */
class CreditScoreBrowserTests extends BrowserTest {

    @Test
    void theDemoEnterpriseReadsItsScoreAndWhy() {
        signIn(page, "13900000001", "Xyd@2026");
        page.locator("[data-testid=side-nav]").getByText("我的信用").click();
        assertThat(page.locator("h1")).hasText("我的信用");
        reloadUntilVisible(page, page.locator("[data-testid=score]"));
        int score = Integer.parseInt(page.locator("[data-testid=score]").innerText().strip());
        List<String> points = page.locator("[data-testid=line-points]").allInnerTexts();
        assertThat(points).hasSize(13);
        assertThat(points.stream().mapToInt(p -> Integer.parseInt(p.strip())).sum()).isEqualTo(score);
        assertThat(page.locator("[data-testid=grade]")).containsText("（");
        assertThat(page.locator("[data-testid=grade]").innerText()).matches("[AB].*");
        assertThat(page.locator("[data-testid=reasons] li").first()).containsText("分");
        assertThat(page.locator("[data-testid=raises] li").first()).containsText("可增加约");
        page.locator("[data-testid=records-registration] summary").click();
        assertThat(page.locator("[data-testid=records-registration]")).containsText("市场监督管理局");
        screenshot("credit-score");
    }
}
