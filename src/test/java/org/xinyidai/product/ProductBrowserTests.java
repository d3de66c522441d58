package org.xinyidai.product;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.Role;
import org.xinyidai.institution.InstitutionFixtures;
import org.xinyidai.support.BrowserTest;

/** An HQ admin creates, publishes, copies and deletes a product; a customer manager then reads it. */
class ProductBrowserTests extends BrowserTest {

    @Autowired
    InstitutionFixtures fixtures;

    @Test
    void anAdminPublishesAndCopiesAProductThatAManagerSeesReadOnly() {
        CurrentUser admin = fixtures.person(InstitutionFixtures.BIG_BANK, null, Role.INST_HQ_ADMIN);
        String name = "国信小微快贷" + admin.phone().substring(7);
        signIn(page, admin.phone(), InstitutionFixtures.PASSWORD);

        page.locator("[data-testid=side-nav]").getByText("产品管理").click();
        page.getByText("添加产品").first().click();
        page.getByLabel("产品名称").fill(name);
        page.locator("#type").selectOption("CREDIT_LOAN");
        page.getByLabel("最低额度（万元）").fill("300");
        page.getByLabel("最高额度（万元）").fill("50");
        page.getByLabel("最短期限（月）").fill("3");
        page.getByLabel("最长期限（月）").fill("12");
        page.getByLabel("最低年利率（%）").fill("3.5");
        page.getByLabel("最高年利率（%）").fill("6.8");
        page.getByLabel("顺德区").check();
        page.getByLabel("小型企业").check();
        page.getByLabel("微型企业").check();
        page.getByLabel("最低经营年限（年）").fill("2");
        page.getByLabel("首贷").check();
        page.getByLabel("产品特点").fill("纯信用，线上申请，最快当天审批");
        page.locator("[data-testid=product-form] button[type=submit]").click();
        assertThat(page.locator("#amountMax-error")).hasText("最高额度不能低于最低额度");
        assertThat(page.getByLabel("产品名称")).hasValue(name);

        page.getByLabel("最低额度（万元）").fill("10");
        page.getByLabel("最高额度（万元）").fill("200");
        page.locator("[data-testid=product-form] button[type=submit]").click();
        assertThat(page.locator("[data-testid=flash]")).containsText("已保存为草稿");
        assertThat(page.locator("[data-testid=product-status]")).hasText("草稿");
        assertThat(page.locator("[data-testid=product-detail]")).containsText("10.00 – 200.00");
        assertThat(page.locator("[data-testid=criteria]")).containsText("经营满 2 年");
        assertThat(page.locator("[data-testid=product-detail]")).containsText("顺德区");

        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("上架")).click();
        assertThat(page.locator("[data-testid=product-status]")).hasText("已上架");
        screenshot("product-preview");

        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("复制")).click();
        assertThat(page.locator("[data-testid=flash]")).containsText("已复制为新的草稿");
        assertThat(page.locator("h1")).hasText(name + "（副本）");
        assertThat(page.locator("[data-testid=product-status]")).hasText("草稿");
        page.onDialog(dialog -> dialog.accept());
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("删除")).click();
        assertThat(page.locator("[data-testid=flash]")).hasText("产品已删除");
        assertThat(page.locator("[data-testid=products] tr[data-product='" + name + "']")).containsText("已上架");
        assertThat(page.locator("[data-testid=products] tr[data-product='" + name + "（副本）']")).hasCount(0);

        CurrentUser manager = fixtures.person(InstitutionFixtures.BIG_BANK, "国信银行禅城支行", Role.CUSTOMER_MANAGER);
        BrowserContext managerBrowser = context.browser().newContext(new Browser.NewContextOptions().setLocale("zh-CN"));
        Page managerPage = managerBrowser.newPage();
        signIn(managerPage, manager.phone(), InstitutionFixtures.PASSWORD);
        managerPage.locator("[data-testid=side-nav]").getByText("产品管理").click();
        assertThat(managerPage.getByText("添加产品")).hasCount(0);
        managerPage.locator("[data-testid=products]").getByText(name).click();
        assertThat(managerPage.locator("[data-testid=product-actions]")).containsText("客户经理可查看本机构的产品");
        assertThat(managerPage.locator("[data-testid=product-actions] button")).hasCount(0);
        assertThat(managerPage.locator("[data-testid=product-detail]")).containsText("纯信用，线上申请，最快当天审批");
        managerBrowser.close();
    }
}
