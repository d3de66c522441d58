package org.xinyidai.institution;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinyidai.identity.AccountAdministration;
import org.xinyidai.identity.AccountAdministration.NewAccount;
import org.xinyidai.identity.Role;
import org.xinyidai.shared.PhoneNumber;
import org.xinyidai.support.BrowserTest;

/**
 * A bank's first day on the platform, end to end: it applies with its logo, the platform admin approves,
 * its new HQ admin sets a password, builds a 分行 and a 支行, adds and approves a customer manager,
 * imports 50 more from Excel (3 bad rows reported), creates, publishes and copies a product; the customer
 * manager then signs in for the first time and sees the product read-only.
 */
class InstitutionWalkthroughBrowserTests extends BrowserTest {

    @Autowired
    AccountAdministration accounts;

    @Test
    void aBanksFirstDayOnThePlatform() throws IOException {
        String suffix = newPhone().substring(7);
        String bankName = "佛山走查农村商业银行" + suffix;
        String hqMobile = newPhone();

        open("/onboarding");
        page.locator("#fullName").fill(bankName);
        page.locator("#shortName").fill("走查农商行");
        page.locator("#type").selectOption("RURAL_COMMERCIAL_BANK");
        page.locator("#introduction").fill("服务佛山小微企业的农村商业银行。");
        page.locator("#logo").setInputFiles(logo());
        page.locator("#headName").fill("陈行长");
        page.locator("#headPosition").fill("行长");
        page.locator("#headMobile").fill(newPhone());
        page.locator("#adminName").fill("林专管");
        page.locator("#adminPosition").fill("普惠金融部经理");
        page.locator("#adminMobile").fill(hqMobile);
        page.locator("[data-testid=onboarding-form] button[type=submit]").click();
        assertThat(page.locator("main")).containsText("RZ");

        String admin = newPhone();
        accounts.create(NewAccount.staff(new PhoneNumber(admin), "走查管理员", Role.PLATFORM_ADMIN).withPassword("Xyd@2026"));
        signIn(page, admin, "Xyd@2026");
        page.locator("[data-testid=side-nav]").getByText("入驻审核").click();
        page.locator("#q").fill(bankName);
        page.locator("form[role=search] button[type=submit]").click();
        Locator application = page.locator("[data-testid=applications] tbody tr")
                .filter(new Locator.FilterOptions().setHasText(bankName));
        assertThat(application).hasCount(1);
        application.getByRole(AriaRole.LINK).click();
        page.onDialog(dialog -> dialog.accept());
        page.locator("[data-testid=approve]").click();
        page.locator("[data-testid=user-menu]").click();
        page.locator("[data-testid=logout]").click();

        signInBySmsCodeAndSetPassword(page, hqMobile);
        assertThat(page.locator("[data-testid=account-card]")).containsText(bankName);
        page.locator("[data-testid=side-nav]").getByText("分支机构管理").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("添加下级")).first().click();
        page.getByLabel("网点名称").fill("走查农商行佛山分行" + suffix);
        page.locator("#type").selectOption("BRANCH");
        page.locator("[data-testid=node-form] button[type=submit]").click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("添加下级")).click();
        String subBranch = "走查农商行顺德支行" + suffix;
        page.getByLabel("网点名称").fill(subBranch);
        page.locator("#type").selectOption("SUB_BRANCH");
        page.locator("#regionCode").selectOption("440606");
        page.locator("[data-testid=node-form] button[type=submit]").click();
        assertThat(page.locator("h1")).hasText(subBranch);

        String managerMobile = newPhone();
        page.locator("[data-testid=side-nav]").getByText("客户经理管理").click();
        page.getByText("添加人员").first().click();
        page.getByLabel("姓名").fill("何经理");
        page.getByLabel("手机号").fill(managerMobile);
        page.locator("#nodeId").selectOption(new SelectOption().setLabel("　　" + subBranch));
        page.locator("[data-testid=staff-form] button[type=submit]").click();
        page.locator("[data-testid=staff] tbody tr").filter(new Locator.FilterOptions().setHasText("何经理"))
                .getByText("审核通过").click();
        assertThat(page.locator("[data-testid=flash]")).containsText("已审核通过");

        page.locator("[data-testid=side-nav]").getByText("客户经理管理").click();
        page.getByText("批量导入").first().click();
        page.setInputFiles("#file", StaffWorkbooks.fiftyManagersWithThreeBadRows(subBranch));
        page.locator("[data-testid=import-form] button[type=submit]").click();
        assertThat(page.locator("[data-testid=refused-rows] tbody tr")).hasCount(3);
        page.locator("[data-testid=run-import]").click();
        assertThat(page.locator("[data-testid=import-progress]")).containsText("共导入 47 人",
                new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));

        String product = "走查信用贷" + suffix;
        page.locator("[data-testid=side-nav]").getByText("产品管理").click();
        page.getByText("添加产品").first().click();
        page.getByLabel("产品名称").fill(product);
        page.locator("#type").selectOption("CREDIT_LOAN");
        page.getByLabel("最低额度（万元）").fill("5");
        page.getByLabel("最高额度（万元）").fill("100");
        page.getByLabel("最短期限（月）").fill("1");
        page.getByLabel("最长期限（月）").fill("12");
        page.getByLabel("最低年利率（%）").fill("3.9");
        page.getByLabel("最高年利率（%）").fill("7.5");
        page.locator("[data-testid=product-form] button[type=submit]").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("上架")).click();
        assertThat(page.locator("[data-testid=product-status]")).hasText("已上架");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("复制")).click();
        assertThat(page.locator("h1")).hasText(product + "（副本）");

        BrowserContext managerBrowser = context.browser().newContext(new Browser.NewContextOptions().setLocale("zh-CN"));
        Page manager = managerBrowser.newPage();
        signInBySmsCodeAndSetPassword(manager, managerMobile);
        manager.locator("[data-testid=side-nav]").getByText("产品管理").click();
        manager.locator("[data-testid=products]").getByText(product, new Locator.GetByTextOptions().setExact(true)).click();
        assertThat(manager.locator("[data-testid=product-detail]")).containsText(bankName);
        assertThat(manager.locator("[data-testid=product-actions] button")).hasCount(0);
        managerBrowser.close();
    }

    private void signInBySmsCodeAndSetPassword(Page page, String phone) {
        page.navigate(url("/login?tab=sms"));
        page.getByLabel("手机号").fill(phone);
        page.locator("[data-testid=send-code]").click();
        assertThat(page.locator("[data-testid=sms-message]")).containsText("验证码已发送");
        page.getByLabel("短信验证码").fill(latestSmsCode(phone));
        page.locator("[data-testid=sms-login] button[type=submit]").click();
        assertThat(page).hasURL(url("/account/password/setup"));
        page.getByLabel("新密码").fill("Walk#2026x");
        page.getByLabel("确认密码").fill("Walk#2026x");
        page.locator("[data-testid=password-form] button[type=submit]").click();
        assertThat(page).hasURL(url("/institution"));
    }

    private static Path logo() throws IOException {
        Path file = Files.createTempFile("bank-logo", ".png");
        ImageIO.write(new BufferedImage(48, 48, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
        return file;
    }
}
