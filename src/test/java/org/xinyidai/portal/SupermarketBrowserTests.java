package org.xinyidai.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.xinyidai.support.BrowserTest;

/** A visitor shops in the supermarket, applies, registers on the way, and comes back to the application. */
class SupermarketBrowserTests extends BrowserTest {

    @Test
    void aVisitorFiltersOpensAProductAppliesAndRegistersOnTheWay() {
        open("/?city=foshan");
        page.locator("header").getByText("金融超市").first().click();
        assertThat(page.locator("h1")).hasText("金融超市");
        page.getByLabel("担保方式").selectOption("CREDIT");
        page.getByLabel("标签").selectOption("FIRST_LOAN");
        page.locator("[data-testid=market-filter] button[type=submit]").click();
        assertThat(page).hasURL(Pattern.compile("guarantee=CREDIT.*tag=FIRST_LOAN|tag=FIRST_LOAN.*guarantee=CREDIT"));
        assertThat(page.locator("[data-testid=market]")).containsText("佛银首贷通");
        assertThat(page.locator("[data-testid=market]")).not().containsText("担保增信贷");
        page.locator("[data-testid=market]").getByText("佛银首贷通").click();
        assertThat(page.locator("[data-testid=product-detail]")).containsText("佛山示范城市商业银行股份有限公司");
        page.locator("[data-testid=apply]").click();
        assertThat(page).hasURL(url("/login"));

        String phone = newPhone();
        page.getByText("企业用户注册").click();
        page.getByLabel("手机号").fill(phone);
        assertThat(page.locator("[data-testid=send-code]")).isVisible();
        page.locator("[data-testid=send-code]").click();
        assertThat(page.locator("[data-testid=sms-message]")).containsText("验证码已发送");
        page.getByLabel("短信验证码").fill(latestSmsCode(phone));
        page.getByLabel("新密码").fill("Foshan@2026");
        page.getByLabel("确认密码").fill("Foshan@2026");
        page.getByLabel("我已阅读并同意").check();
        page.locator("[data-testid=register-form] button[type=submit]").click();
        assertThat(page).hasURL(Pattern.compile("/products/\\d+/apply"));
        assertThat(page.locator("[data-testid=apply-product]")).containsText("佛银首贷通");
        assertThat(page.locator("[data-testid=apply-next]")).isVisible();
    }

    @Test
    void anOfflineProductShowsTheInstitutionsContact() {
        open("/products?city=foshan&guarantee=GUARANTEE");
        page.locator("[data-testid=market]").getByText("担保增信贷").click();
        assertThat(page.locator("[data-testid=apply]")).hasCount(0);
        assertThat(page.locator("[data-testid=offline-contact]")).containsText("0757-8333 6000");
    }
}
