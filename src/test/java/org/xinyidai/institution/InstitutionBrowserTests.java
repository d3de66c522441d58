package org.xinyidai.institution;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.Role;
import org.xinyidai.support.BrowserTest;

/**
 * An HQ admin builds the branch tree, adds and approves a customer manager, imports 50 managers from
 * Excel (3 bad rows reported); the manager's QR link brings an enterprise user who is attributed to them.
 */
class InstitutionBrowserTests extends BrowserTest {

    @Autowired
    InstitutionFixtures fixtures;

    @Test
    void anHqAdminBuildsTheTreeAddsApprovesAndImportsManagers() throws IOException {
        CurrentUser hq = fixtures.person(InstitutionFixtures.BIG_BANK, null, Role.INST_HQ_ADMIN);
        String suffix = hq.phone().substring(7);
        String branch = "国信银行测试分行" + suffix;
        String subBranch = "国信银行测试支行" + suffix;
        signIn(page, hq.phone(), InstitutionFixtures.PASSWORD);

        page.locator("[data-testid=side-nav]").getByText("分支机构管理").click();
        page.locator("[data-testid=nodes] tr[data-node='国信银行总行']").getByText("添加下级").click();
        page.getByLabel("网点名称").fill(branch);
        page.locator("#type").selectOption("BRANCH");
        page.locator("#regionCode").selectOption("440605");
        page.getByLabel("联系电话").fill("0757-8888 0000");
        page.locator("[data-testid=node-form] button[type=submit]").click();
        assertThat(page.locator("[data-testid=flash]")).hasText("分支机构已添加");
        assertThat(page.locator("h1")).hasText(branch);
        assertThat(page.locator("[data-testid=performance]")).containsText("尚无订单数据");

        page.getByText("添加下级").click();
        page.getByLabel("网点名称").fill(subBranch);
        page.locator("#type").selectOption("SUB_BRANCH");
        page.locator("[data-testid=node-form] button[type=submit]").click();
        assertThat(page.locator("h1")).hasText(subBranch);
        page.getByText("返回分支机构列表").click();
        assertThat(page.locator("[data-testid=nodes] tr[data-node='" + subBranch + "']")).containsText("支行");

        String managerPhone = InstitutionFixtures.newPhone();
        page.locator("[data-testid=side-nav]").getByText("客户经理管理").click();
        page.getByText("添加人员").first().click();
        page.getByLabel("姓名").fill("梁客户经理");
        page.getByLabel("手机号").fill(managerPhone);
        page.locator("#nodeId").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("　　" + subBranch));
        page.getByLabel("工号").fill("GX" + suffix);
        page.locator("[data-testid=staff-form] button[type=submit]").click();
        assertThat(page.locator("[data-testid=flash]")).hasText("客户经理已添加，等待审核");
        Locator row = page.locator("[data-testid=staff] tbody tr").filter(new Locator.FilterOptions().setHasText("梁客户经理"));
        assertThat(row).containsText("待审核");
        assertThat(row).containsText(managerPhone.substring(0, 3) + "****" + managerPhone.substring(7));
        row.getByText("审核通过").click();
        assertThat(page.locator("[data-testid=flash]")).containsText("已审核通过");
        assertThat(page.locator("[data-testid=staff-info]")).containsText("已通过");
        page.locator("[data-testid=side-nav]").getByText("客户经理管理").click();

        Path workbook = StaffWorkbooks.fiftyManagersWithThreeBadRows(subBranch);
        page.getByText("批量导入").first().click();
        Download template = page.waitForDownload(() -> page.locator("[data-testid=template]").click());
        assertThat(template.suggestedFilename()).endsWith(".xlsx");
        page.setInputFiles("#file", workbook);
        page.locator("[data-testid=import-form] button[type=submit]").click();
        assertThat(page.locator("[data-testid=import-summary]")).hasText(Pattern.compile("共 50 行：可导入 47 行，不能导入 3 行"));
        Locator refused = page.locator("[data-testid=refused-rows] tbody tr");
        assertThat(refused).hasCount(3);
        assertThat(refused.nth(0)).containsText("5");
        assertThat(refused.nth(0)).containsText("请输入正确的11位手机号");
        assertThat(refused.nth(1)).containsText("找不到网点");
        assertThat(refused.nth(2)).containsText("手机号在文件中重复");
        screenshot("staff-import-report");
        page.locator("[data-testid=run-import]").click();
        assertThat(page.locator("[data-testid=import-progress]")).hasText("导入完成，共导入 47 人，新增客户经理待审核。",
                new com.microsoft.playwright.assertions.LocatorAssertions.HasTextOptions().setTimeout(30_000));
        page.getByText("查看待审核人员").click();
        page.getByLabel("所属网点").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(subBranch));
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("查询")).click();
        assertThat(page.locator("#staff-results")).containsText("共 47 条");
    }

    @Test
    void anEnterpriseRegisteringThroughAManagersQrLinkIsAttributedToThatManager() {
        CurrentUser manager = fixtures.person(InstitutionFixtures.BIG_BANK, "国信银行顺德支行", Role.CUSTOMER_MANAGER);
        signIn(page, manager.phone(), InstitutionFixtures.PASSWORD);
        page.locator("[data-testid=side-nav]").getByText("我的二维码").click();
        assertThat(page.locator("[data-testid=qr]")).isVisible();
        String link = page.locator("[data-testid=referral-link]").innerText();
        assertThat(link).contains("/register?ref=");
        byte[] png = page.request().get(url("/institution/referral/qr.png")).body();
        assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');

        BrowserContext visitor = context.browser().newContext(new Browser.NewContextOptions().setLocale("zh-CN"));
        Page enterprise = visitor.newPage();
        enterprise.navigate(link);
        assertThat(enterprise.locator("[data-testid=referral-note]")).isVisible();
        String phone = newPhone();
        enterprise.getByLabel("手机号").fill(phone);
        enterprise.locator("[data-testid=send-code]").click();
        assertThat(enterprise.locator("[data-testid=sms-message]")).containsText("验证码已发送");
        enterprise.getByLabel("短信验证码").fill(latestSmsCode(phone));
        enterprise.getByLabel("新密码").fill("Referral@2026");
        enterprise.getByLabel("确认密码").fill("Referral@2026");
        enterprise.getByLabel("我已阅读并同意").check();
        enterprise.locator("[data-testid=register-form] button[type=submit]").click();
        assertThat(enterprise).hasURL(url("/enterprise"));
        // The referral is recorded after the registration commits, by a listener of its own: the first page may
        // come before it.
        reloadUntilVisible(enterprise, enterprise.locator("[data-testid=my-manager]"));
        assertThat(enterprise.locator("[data-testid=my-manager]")).containsText(manager.displayName());
        assertThat(enterprise.locator("[data-testid=my-manager]")).containsText("国信示范银行股份有限公司");
        visitor.close();

        page.reload();
        assertThat(page.locator("[data-testid=referred]")).containsText(phone.substring(0, 3) + "****" + phone.substring(7));
    }

    @Test
    void theHqAdminEditsTheInstitutionProfileWithANewLogo() throws IOException {
        CurrentUser hq = fixtures.person(InstitutionFixtures.CITY_BANK, null, Role.INST_HQ_ADMIN);
        signIn(page, hq.phone(), InstitutionFixtures.PASSWORD);
        page.locator("[data-testid=side-nav]").getByText("机构信息").click();
        page.getByLabel("机构简介及主要服务").fill("佛山本地法人银行，服务小微企业与个体工商户。");
        page.getByLabel("南海区").check();
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(40, 40, java.awt.image.BufferedImage.TYPE_INT_RGB);
        Path logo = Files.createTempFile("logo", ".png");
        javax.imageio.ImageIO.write(image, "png", logo.toFile());
        page.setInputFiles("#logo", logo);
        page.locator("[data-testid=profile-form] button[type=submit]").click();
        assertThat(page.locator("[data-testid=flash]")).hasText("机构信息已保存");
        assertThat(page.getByLabel("机构简介及主要服务")).hasValue("佛山本地法人银行，服务小微企业与个体工商户。");
        assertThat(page.getByLabel("南海区")).isChecked();
        assertThat(page.locator("[data-testid=logo]")).isVisible();
    }
}
