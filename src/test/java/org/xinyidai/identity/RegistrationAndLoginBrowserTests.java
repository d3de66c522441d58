package org.xinyidai.identity;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinyidai.support.BrowserTest;
import org.xinyidai.support.MovableClock;

/** An SME owner registers with an SMS code, signs out, and signs in again by SMS code and by password. */
class RegistrationAndLoginBrowserTests extends BrowserTest {

    private static final String PASSWORD = "Foshan@2026";

    @Autowired
    MovableClock clock;

    @Test
    void aNewUserRegistersWithAnSmsCodeLogsOutAndLogsInBySmsCode() {
        String phone = newPhone();
        open("/");
        page.getByText("企业注册").first().click();
        assertThat(page.locator("h1")).hasText("企业用户注册");

        page.getByLabel("手机号").fill(phone);
        assertThat(requestCode()).contains("验证码已发送");
        page.getByLabel("短信验证码").fill(latestSmsCode(phone));
        page.getByLabel("新密码").fill(PASSWORD);
        page.getByLabel("确认密码").fill(PASSWORD);
        page.getByLabel("我已阅读并同意").check();
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("注册").setExact(true)).click();

        assertThat(page).hasURL(url("/enterprise"));
        assertThat(page.locator("[data-testid=flash]")).containsText("注册成功");
        assertThat(page.locator("[data-testid=role]")).hasText("企业用户");
        screenshot("enterprise-console");

        page.locator("[data-testid=user-menu]").click();
        page.locator("[data-testid=logout]").click();
        assertThat(page.locator("[data-testid=logged-out]")).isVisible();

        page.locator("#tab-sms").click();
        page.getByLabel("手机号").fill(phone);
        // The registration code was sent less than a minute ago: one code a minute per number.
        assertThat(requestCode()).matches("获取验证码过于频繁，请\\d+秒后再试");
        clock.advance(Duration.ofSeconds(61));
        page.reload();
        page.getByLabel("手机号").fill(phone);
        assertThat(requestCode()).contains("验证码已发送");
        page.getByLabel("短信验证码").fill(latestSmsCode(phone));
        page.locator("[data-testid=sms-login] button[type=submit]").click();
        assertThat(page).hasURL(url("/enterprise"));
        assertThat(page.locator("[data-testid=user-menu]")).hasText(phone.substring(0, 3) + "****" + phone.substring(7));
    }

    @Test
    void aRegisteredUserLogsInAgainByPassword() {
        String phone = newPhone();
        registerThroughTheForm(phone);
        page.locator("[data-testid=user-menu]").click();
        page.locator("[data-testid=logout]").click();

        page.getByLabel("手机号").fill(phone);
        page.getByLabel("密码").fill(PASSWORD);
        page.locator("[data-testid=password-login] button[type=submit]").click();
        assertThat(page).hasURL(url("/enterprise"));
    }

    @Test
    void badRegistrationInputIsExplainedBesideEachFieldAndNothingIsCreated() {
        String phone = newPhone();
        open("/register");
        page.getByLabel("手机号").fill(phone);
        page.getByLabel("短信验证码").fill("123456");
        page.getByLabel("新密码").fill("short");
        page.getByLabel("确认密码").fill("other");
        page.locator("[data-testid=register-form] button[type=submit]").click();

        assertThat(page.locator("[data-testid=password-error]")).containsText("密码至少8位");
        assertThat(page.locator("[data-testid=confirmPassword-error]")).containsText("两次输入的密码不一致");
        assertThat(page.locator("[data-testid=agreed-error]")).containsText("请阅读并同意");
        assertThat(page.getByLabel("手机号")).hasValue(phone);

        open("/login");
        page.getByLabel("手机号").fill(phone);
        page.getByLabel("密码").fill("Whatever@123");
        page.locator("[data-testid=password-login] button[type=submit]").click();
        assertThat(page.locator("[data-testid=form-error]")).hasText("手机号或密码错误");
    }

    @Test
    void aSecondCodeWithinAMinuteShowsTheThrottleMessage() {
        String phone = newPhone();
        open("/register");
        page.getByLabel("手机号").fill(phone);
        assertThat(requestCode()).contains("验证码已发送");
        page.reload();
        page.getByLabel("手机号").fill(phone);
        String answer = requestCode();
        assertThat(answer).matches("获取验证码过于频繁，请\\d+秒后再试");
    }

    @Test
    void theSixthWrongPasswordShowsTheLockoutMessage() {
        String phone = newPhone();
        registerThroughTheForm(phone);
        page.locator("[data-testid=user-menu]").click();
        page.locator("[data-testid=logout]").click();

        for (int attempt = 1; attempt <= 5; attempt++) {
            page.getByLabel("手机号").fill(phone);
            page.getByLabel("密码").fill("Wrong@pass" + attempt);
            page.locator("[data-testid=password-login] button[type=submit]").click();
            if (attempt < 5) {
                assertThat(page.locator("[data-testid=form-error]")).hasText("手机号或密码错误");
            }
        }
        page.getByLabel("手机号").fill(phone);
        page.getByLabel("密码").fill(PASSWORD);
        page.locator("[data-testid=password-login] button[type=submit]").click();
        assertThat(page.locator("[data-testid=form-error]")).containsText("账号已锁定，请15分钟后再试");
        assertThat(page).hasURL(url("/login/password"));
    }

    @Test
    void switchingToEnglishChangesThePageText() {
        open("/login");
        assertThat(page.locator("h1")).hasText("登录");
        page.locator("[data-testid=lang-switch]").click();
        assertThat(page.locator("h1")).hasText("Sign in");
        assertThat(page.getByLabel("Mobile number")).isVisible();
        open("/register");
        assertThat(page.locator("h1")).hasText("Enterprise registration");
        page.locator("[data-testid=lang-switch]").click();
        assertThat(page.locator("h1")).hasText("企业用户注册");
    }

    private void registerThroughTheForm(String phone) {
        open("/register");
        page.getByLabel("手机号").fill(phone);
        assertThat(requestCode()).contains("验证码已发送");
        page.getByLabel("短信验证码").fill(latestSmsCode(phone));
        page.getByLabel("新密码").fill(PASSWORD);
        page.getByLabel("确认密码").fill(PASSWORD);
        page.getByLabel("我已阅读并同意").check();
        page.locator("[data-testid=register-form] button[type=submit]").click();
        assertThat(page).hasURL(url("/enterprise"));
    }
}
