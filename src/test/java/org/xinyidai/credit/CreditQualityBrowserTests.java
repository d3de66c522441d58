package org.xinyidai.credit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinyidai.identity.AccountAdministration;
import org.xinyidai.identity.AccountAdministration.NewAccount;
import org.xinyidai.identity.Role;
import org.xinyidai.shared.PhoneNumber;
import org.xinyidai.support.BrowserTest;

/** The platform admin opens 数据质量与时效: every source with its figures, the demo city's refused rows, the rules. */
class CreditQualityBrowserTests extends BrowserTest {

    @Autowired
    AccountAdministration accounts;

    @Test
    void theAdminReadsEachSourcesFiguresRejectionsAndRules() {
        String phone = newPhone();
        accounts.create(NewAccount.staff(new PhoneNumber(phone), "质量管理员", Role.PLATFORM_ADMIN).withPassword("Xyd@2026"));
        signIn(page, phone, "Xyd@2026");
        page.locator("[data-testid=side-nav]").getByText("数据质量与时效").click();
        assertThat(page.locator("h1")).hasText("数据质量与时效");
        assertThat(page.locator("[data-testid=quality-sources] tbody tr")).hasCount(13);
        assertThat(page.locator("[data-testid=quality-taxes-paid]")).containsText("纳税额");
        assertThat(page.locator("[data-testid=quality-taxes-paid]")).containsText("及时");
        assertThat(page.locator("[data-testid=quality-reasons]")).containsText("统一社会信用代码");
        assertThat(page.locator("[data-testid=rule-REGISTRATION_DUPLICATED]")).containsText("通过");
        assertThat(page.locator("[data-testid=quality-rules] tbody tr")).hasCount(7);
        screenshot("credit-quality");
    }
}
