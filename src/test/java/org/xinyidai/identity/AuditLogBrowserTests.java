package org.xinyidai.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinyidai.identity.AccountAdministration.NewAccount;
import org.xinyidai.shared.PhoneNumber;
import org.xinyidai.support.BrowserTest;

/** The admin reads the operation log, filtered to one person's failed sign-ins. */
class AuditLogBrowserTests extends BrowserTest {

    @Autowired
    AccountAdministration accounts;

    @Test
    void failedAndSuccessfulSignInsAppearInTheFilterableOperationLog() {
        String user = newPhone();
        accounts.create(new NewAccount(new PhoneNumber(user), "审计测试企业", Role.ENTERPRISE, "foshan", null, null, null,
                null, "Audit@2026"));
        open("/login");
        page.getByLabel("手机号").fill(user);
        page.getByLabel("密码").fill("Wrong@2026");
        page.locator("[data-testid=password-login] button[type=submit]").click();
        page.getByLabel("手机号").fill(user);
        page.getByLabel("密码").fill("Audit@2026");
        page.locator("[data-testid=password-login] button[type=submit]").click();
        assertThat(page).hasURL(url("/enterprise"));
        page.locator("[data-testid=user-menu]").click();
        page.locator("[data-testid=logout]").click();

        String admin = newPhone();
        accounts.create(NewAccount.staff(new PhoneNumber(admin), "审计管理员", Role.PLATFORM_ADMIN).withPassword("Xyd@2026"));
        page.getByLabel("手机号").fill(admin);
        page.getByLabel("密码").fill("Xyd@2026");
        page.locator("[data-testid=password-login] button[type=submit]").click();
        page.getByLabel("短信验证码").fill(latestSmsCode(admin));
        page.locator("[data-testid=verify-form] button[type=submit]").click();

        page.locator("[data-testid=side-nav]").getByText("操作日志").click();
        page.getByLabel("操作人").fill(user.substring(7));
        page.getByLabel("结果").selectOption("FAILURE");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("查询")).click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile("result=FAILURE"));
        var rows = page.locator("[data-testid=audit] tbody tr");
        assertThat(rows).hasCount(1);
        assertThat(rows.first()).containsText("密码登录");
        assertThat(rows.first()).containsText("失败");
        assertThat(rows.first()).containsText("+08:00");
        // What was acted on and why it failed, in the page's language (the log stores codes and table names).
        assertThat(rows.first()).containsText("密码错误");
        assertThat(rows.first()).containsText("账号（编号 ");
        assertThat(rows.first()).not().containsText("wrong password");
        assertThat(rows.first()).not().containsText("account #");

        page.getByLabel("结果").selectOption("");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("查询")).click();
        assertThat(page.locator("[data-testid=audit] tbody")).containsText("退出登录");
        assertThat(page.locator("[data-testid=audit] tbody")).not().containsText("Audit@2026");
        assertThat(page.locator("[data-testid=audit] tbody")).not().containsText("Wrong@2026");
    }
}
