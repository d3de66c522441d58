package org.xinyidai.credit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinyidai.identity.AccountAdministration;
import org.xinyidai.identity.AccountAdministration.NewAccount;
import org.xinyidai.identity.Role;
import org.xinyidai.institution.InstitutionFixtures;
import org.xinyidai.shared.PhoneNumber;
import org.xinyidai.support.BrowserTest;

/** A credit agency writes its profile (a bad phone first), publishes it, and a visitor finds it in 信用机构. */
class AgencyDirectoryBrowserTests extends BrowserTest {

    @Autowired
    AccountAdministration accounts;

    @Test
    void anAgencyPublishesItsProfileAndAVisitorReadsIt() {
        String phone = newPhone();
        accounts.create(new NewAccount(new PhoneNumber(phone), "信用分析师", Role.CREDIT_AGENCY, null, null, null, null,
                "走查信用服务有限公司", InstitutionFixtures.PASSWORD));
        String name = "走查信用服务有限公司" + phone.substring(7);
        signIn(page, phone, InstitutionFixtures.PASSWORD);
        page.locator("[data-testid=side-nav]").getByText("机构信息").click();
        assertThat(page.locator("#name")).hasValue("走查信用服务有限公司");
        page.locator("#name").fill(name);
        page.locator("#introduction").fill("为佛山中小企业提供信用报告与信用修复咨询。");
        page.locator("#services").fill("企业信用报告\n信用修复咨询");
        page.locator("#contactPhone").fill("8888");
        page.getByLabel("佛山", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("发布到信用机构目录").check();
        page.locator("[data-testid=agency-form] button[type=submit]").click();
        assertThat(page.locator("[data-testid=contactPhone-error]")).containsText("请填写正确的手机号或固定电话");
        assertThat(page.locator("#services")).hasValue("企业信用报告\n信用修复咨询");
        page.locator("#contactPhone").fill("0757-8333 7000");
        page.locator("[data-testid=agency-form] button[type=submit]").click();
        assertThat(page.locator("[data-testid=flash]")).containsText("机构信息已保存");
        screenshot("agency-profile");

        Page visitor = anotherPerson();
        visitor.navigate(url("/?city=foshan"));
        visitor.locator("[data-testid=entry-agencies]").click();
        assertThat(visitor.locator("h1")).hasText("信用机构");
        visitor.locator("[data-testid=agencies]").getByText(name).click();
        assertThat(visitor.locator("[data-testid=agency-name]")).hasText(name);
        assertThat(visitor.locator("[data-testid=agency-services]")).containsText("信用修复咨询");
        screenshot(visitor, "agency-public");
    }
}
