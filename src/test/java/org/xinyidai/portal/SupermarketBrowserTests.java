package org.xinyidai.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xinyidai.enterprise.EnterprisePages;
import org.xinyidai.support.BrowserTest;

/**
 * A visitor shops in the supermarket, applies, registers on the way, authenticates the enterprise and comes back
 * to the application, which becomes an order for that product.
 */
class SupermarketBrowserTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aVisitorFiltersOpensAProductAppliesAndRegistersOnTheWay() {
        open("/?city=foshan");
        page.locator("[data-testid=site-switch]").click();
        page.locator("[data-testid=site-menu]").getByText("广州站").click();
        assertThat(page.locator("[data-testid=current-site]")).hasText("广州站");
        page.locator("[data-testid=site-switch]").click();
        page.locator("[data-testid=site-menu]").getByText("佛山站").click();
        assertThat(page.locator("[data-testid=current-site]")).hasText("佛山站");
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
        String productPage = page.url();
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
        assertThat(page).hasURL(url("/enterprise/companies"));
        assertThat(page.locator("[data-testid=flash-error]")).containsText("请先添加并认证您的企业");

        String company = "佛山市超市走查有限公司" + phone.substring(7);
        EnterprisePages.addEnterprise(page, company, "440605");
        EnterprisePages.verifyFace(page);

        page.navigate(productPage);
        page.locator("[data-testid=apply]").click();
        assertThat(page).hasURL(Pattern.compile("/enterprise/products/\\d+/apply"));
        assertThat(page.locator("[data-testid=apply-product]")).containsText("佛银首贷通");
        page.locator("#amountWan").fill("50");
        page.locator("#termMonths").fill("12");
        page.locator("#purpose").fill("首笔经营周转");
        page.locator("[data-testid=apply-form] button[type=submit]").click();
        assertThat(page.locator("[data-testid=order-status]")).hasText("待受理");
        assertThat(jdbc.sql("""
                select count(*) from financing_order o join identity_account a on a.id = o.applicant_account
                where a.phone = :phone and o.product_name = '佛银首贷通' and o.enterprise_name = :company""")
                .param("phone", phone).param("company", company).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anOfflineProductShowsTheInstitutionsContact() {
        open("/products?city=foshan&guarantee=GUARANTEE");
        page.locator("[data-testid=market]").getByText("担保增信贷").click();
        assertThat(page.locator("[data-testid=apply]")).hasCount(0);
        assertThat(page.locator("[data-testid=offline-contact]")).containsText("0757-8333 6000");
    }
}
