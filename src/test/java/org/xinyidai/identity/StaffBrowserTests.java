package org.xinyidai.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinyidai.identity.AccountAdministration.NewAccount;
import org.xinyidai.shared.PhoneNumber;
import org.xinyidai.support.BrowserTest;

/**
 * Staff: a demo customer manager signs in with password and SMS second factor; the platform admin
 * opens an account for a new officer, who signs in by SMS code and must set a password first; a
 * disabled account's open session ends.
 */
class StaffBrowserTests extends BrowserTest {

    private static final String DEMO_PASSWORD = "Xyd@2026";

    @Autowired
    AccountAdministration accounts;

    @Test
    void aDemoCustomerManagerLogsInWithPasswordAndSecondFactorAndIsRefusedTheAdminConsole() {
        String manager = "13810000003";
        open("/login");
        page.getByLabel("手机号").fill(manager);
        page.getByLabel("密码").fill(DEMO_PASSWORD);
        page.locator("[data-testid=password-login] button[type=submit]").click();

        assertThat(page).hasURL(url("/login/verify"));
        assertThat(page.locator("h1")).hasText("短信二次验证");
        assertThat(page.locator("main")).containsText("138****0003");
        page.getByLabel("短信验证码").fill(latestSmsCode(manager));
        page.locator("[data-testid=verify-form] button[type=submit]").click();

        assertThat(page).hasURL(url("/institution"));
        assertThat(page.locator("[data-testid=role]")).hasText("客户经理");
        assertThat(page.locator("[data-testid=account-card]")).containsText("国信示范银行股份有限公司");
        assertThat(page.locator("[data-testid=account-card]")).containsText("国信银行禅城支行");
        screenshot("institution-console");

        open("/admin");
        assertThat(page.locator("[data-testid=error-403]")).isVisible();
        assertThat(page.locator("h1")).hasText("无权访问");
        open("/admin?lang=en");
        assertThat(page.locator("h1")).hasText("Access denied");
        open("/institution/no-such-page?lang=zh_CN");
        assertThat(page.locator("[data-testid=error-404]")).isVisible();
        assertThat(page.locator("h1")).hasText("页面不存在");
    }

    @Test
    void aWrongSecondFactorCodeIsRefusedBesideTheField() {
        String officer = newPhone();
        accounts.create(NewAccount.staff(new PhoneNumber(officer), "测试顾问", Role.ADVISOR).withSite("foshan")
                .withPassword(DEMO_PASSWORD));
        open("/login");
        page.getByLabel("手机号").fill(officer);
        page.getByLabel("密码").fill(DEMO_PASSWORD);
        page.locator("[data-testid=password-login] button[type=submit]").click();
        String code = latestSmsCode(officer);
        page.getByLabel("短信验证码").fill(code.equals("000000") ? "111111" : "000000");
        page.locator("[data-testid=verify-form] button[type=submit]").click();
        assertThat(page.locator("[data-testid=code-error]")).hasText("验证码错误或已失效，还可尝试4次");
        page.getByLabel("短信验证码").fill(code);
        page.locator("[data-testid=verify-form] button[type=submit]").click();
        assertThat(page).hasURL(url("/advisor"));
        assertThat(page.locator("[data-testid=account-card]")).containsText("佛山站");
    }

    @Test
    void theAdminCreatesAStaffAccountWhoseOwnerSetsAPasswordAtFirstLogin() {
        String admin = newPhone();
        accounts.create(NewAccount.staff(new PhoneNumber(admin), "测试管理员", Role.PLATFORM_ADMIN)
                .withPassword(DEMO_PASSWORD));
        signIn(page, admin, DEMO_PASSWORD);
        assertThat(page).hasURL(url("/admin"));

        page.locator("[data-testid=side-nav]").getByText("账号管理").click();
        page.getByText("新增账号").click();
        page.getByLabel("姓名").fill("南海区金融局刘科长");
        page.getByLabel("手机号").fill("12345");
        page.locator("#role").selectOption("GOV_OFFICER");
        page.locator("[data-testid=account-form] button[type=submit]").click();
        assertThat(page.locator("[data-testid=phone-error]")).hasText("请输入正确的11位手机号");
        assertThat(page.locator("#regionCode")).hasClass(java.util.regex.Pattern.compile("is-invalid"));
        assertThat(page.getByLabel("姓名")).hasValue("南海区金融局刘科长");

        String officer = newPhone();
        page.getByLabel("手机号").fill(officer);
        page.locator("#regionCode").selectOption("440605");
        page.locator("[data-testid=account-form] button[type=submit]").click();
        assertThat(page.locator("[data-testid=flash]")).containsText("账号已创建");
        assertThat(page.locator("[data-testid=accounts]")).containsText(officer.substring(0, 3) + "****" + officer.substring(7));
        assertThat(page.locator("[data-testid=accounts]")).containsText("待设置密码");

        BrowserContext officerBrowser = context.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("zh-CN"));
        Page officerPage = officerBrowser.newPage();
        officerPage.navigate(url("/login"));
        officerPage.getByLabel("手机号").fill(officer);
        officerPage.getByLabel("密码").fill("Anything@123");
        officerPage.locator("[data-testid=password-login] button[type=submit]").click();
        // Without a password yet, any password is wrong like for an unknown number; the page's hint tells the way.
        assertThat(officerPage.locator("[data-testid=form-error]")).hasText("手机号或密码错误");
        assertThat(officerPage.locator("main")).containsText("首次登录的机构及管理部门用户，请用短信验证码登录后设置密码。");

        officerPage.navigate(url("/login?tab=sms"));
        officerPage.getByLabel("手机号").fill(officer);
        officerPage.locator("[data-testid=send-code]").click();
        assertThat(officerPage.locator("[data-testid=sms-message]")).containsText("验证码已发送");
        officerPage.getByLabel("短信验证码").fill(latestSmsCode(officer));
        officerPage.locator("[data-testid=sms-login] button[type=submit]").click();
        assertThat(officerPage).hasURL(url("/account/password/setup"));
        officerPage.navigate(url("/gov"));
        assertThat(officerPage).hasURL(url("/account/password/setup"));
        officerPage.getByLabel("新密码").fill("Nanhai#2026");
        officerPage.getByLabel("确认密码").fill("Nanhai#2026");
        officerPage.locator("[data-testid=password-form] button[type=submit]").click();
        assertThat(officerPage).hasURL(url("/gov"));
        assertThat(officerPage.locator("[data-testid=account-card]")).containsText("南海区");
        officerBrowser.close();
    }

    @Test
    void disablingAnAccountEndsItsOpenSession() {
        String admin = newPhone();
        accounts.create(NewAccount.staff(new PhoneNumber(admin), "测试管理员乙", Role.PLATFORM_ADMIN)
                .withPassword(DEMO_PASSWORD));
        String owner = newPhone();
        accounts.create(new NewAccount(new PhoneNumber(owner), "待停用企业用户", Role.ENTERPRISE, "foshan", null, null,
                null, null, DEMO_PASSWORD));

        BrowserContext ownerBrowser = context.browser().newContext();
        Page ownerPage = ownerBrowser.newPage();
        ownerPage.navigate(url("/login"));
        ownerPage.getByLabel("手机号").fill(owner);
        ownerPage.getByLabel("密码").fill(DEMO_PASSWORD);
        ownerPage.locator("[data-testid=password-login] button[type=submit]").click();
        assertThat(ownerPage).hasURL(url("/enterprise"));

        signIn(page, admin, DEMO_PASSWORD);
        open("/admin/accounts?q=" + owner);
        page.onDialog(dialog -> dialog.accept());
        page.locator("[data-testid=accounts] button:has-text('停用')").click();
        assertThat(page.locator("[data-testid=flash]")).hasText("账号已停用");

        ownerPage.navigate(url("/enterprise"));
        assertThat(ownerPage).hasURL(url("/login?disabled"));
        assertThat(ownerPage.locator("main")).containsText("该账号已停用");
        ownerPage.getByLabel("手机号").fill(owner);
        ownerPage.getByLabel("密码").fill(DEMO_PASSWORD);
        ownerPage.locator("[data-testid=password-login] button[type=submit]").click();
        assertThat(ownerPage.locator("[data-testid=form-error]")).hasText("该账号已停用，请联系平台管理员。");
        ownerBrowser.close();
    }
}
