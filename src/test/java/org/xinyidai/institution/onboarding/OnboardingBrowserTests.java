package org.xinyidai.institution.onboarding;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinyidai.identity.AccountAdministration;
import org.xinyidai.identity.AccountAdministration.NewAccount;
import org.xinyidai.identity.Role;
import org.xinyidai.shared.PhoneNumber;
import org.xinyidai.support.BrowserTest;

/**
 * Onboarding as people click through it: a bank fills in the public form with its logo, the platform
 * admin approves it and the bank's administrator signs in by SMS code, sets a password and lands in the
 * institution console; a rejected applicant reads the reason in the SMS.
 */
class OnboardingBrowserTests extends BrowserTest {

    private static final String ADMIN_PASSWORD = "Xyd@2026";

    @Autowired
    AccountAdministration accounts;

    @Test
    void anApprovedBankSignsInBySmsCodeSetsAPasswordAndSeesItsInstitution() throws IOException {
        String name = "佛山测试农村商业银行股份有限公司" + suffix();
        String adminMobile = newPhone();
        open("/onboarding");
        assertThat(page.locator("h1")).hasText("金融机构入驻申请");
        fillApplication(name, adminMobile, pngLogo());
        assertThat(page.locator("#logo-preview")).isVisible();
        screenshot("onboarding-form-filled");
        page.locator("[data-testid=onboarding-form] button[type=submit]").click();

        assertThat(page).hasURL(url("/onboarding/submitted"));
        assertThat(page.locator("h1")).hasText("入驻申请已提交");
        String number = page.locator("[data-testid=application-number]").innerText();
        assertThat(number).matches("RZ\\d{8}");
        assertThat(page.locator("main")).containsText(new PhoneNumber(adminMobile).masked());
        screenshot("onboarding-submitted");

        signInAsNewPlatformAdmin();
        page.locator("[data-testid=side-nav]").getByText("入驻审核").click();
        openApplication(name);
        assertThat(page.locator("[data-testid=application-number]")).hasText(number);
        assertThat(page.locator("[data-testid=full-name]")).hasText(name);
        assertThat(page.locator("[data-testid=status]")).hasText("待审核");
        Locator logo = page.locator("[data-testid=logo]");
        assertThat(logo).isVisible();
        page.waitForFunction("img => img.complete && img.naturalWidth === 96", logo.elementHandle());
        screenshot("onboarding-review");

        page.onDialog(dialog -> dialog.accept());
        page.locator("[data-testid=approve]").click();
        assertThat(page.locator("[data-testid=flash]")).containsText("已审核通过");
        assertThat(page.locator("[data-testid=status]")).hasText("已通过");
        assertThat(page.locator("[data-testid=approve]")).hasCount(0);

        BrowserContext bankBrowser = context.browser().newContext(new Browser.NewContextOptions().setLocale("zh-CN"));
        Page bank = bankBrowser.newPage();
        bank.navigate(url("/login?tab=sms"));
        bank.getByLabel("手机号").fill(adminMobile);
        bank.locator("[data-testid=send-code]").click();
        assertThat(bank.locator("[data-testid=sms-message]")).containsText("验证码已发送");
        bank.getByLabel("短信验证码").fill(latestSmsCode(adminMobile));
        bank.locator("[data-testid=sms-login] button[type=submit]").click();
        assertThat(bank).hasURL(url("/account/password/setup"));
        bank.getByLabel("新密码").fill("Foshan#2026");
        bank.getByLabel("确认密码").fill("Foshan#2026");
        bank.locator("[data-testid=password-form] button[type=submit]").click();
        assertThat(bank).hasURL(url("/institution"));
        assertThat(bank.locator("[data-testid=role]")).hasText("总行专管员");
        assertThat(bank.locator("[data-testid=account-card]")).containsText(name);
        bankBrowser.close();
    }

    @Test
    void aFakeLogoIsRefusedBesideTheFieldAndARejectedApplicantReadsTheReasonInTheSms() throws IOException {
        String name = "顺德测试小额贷款有限公司" + suffix();
        String adminMobile = newPhone();
        page.setViewportSize(375, 800);
        open("/onboarding");
        assertThat(page.locator("h1")).isVisible();
        screenshot("onboarding-form-375px");
        page.setViewportSize(1280, 900);
        Path threeMegabytes = Files.createTempFile("large-logo", ".png");
        Files.write(threeMegabytes, new byte[3 * 1024 * 1024]);
        page.locator("#logo").setInputFiles(threeMegabytes);
        assertThat(page.locator("#logo-too-large")).hasText("LOGO 图片不能超过 2 MB");
        assertThat(page.locator("#logo")).hasValue("");
        Path fake = Files.createTempFile("fake-logo", ".png");
        Files.writeString(fake, "这是改了扩展名的文本文件", StandardCharsets.UTF_8);
        fillApplication(name, adminMobile, fake);
        page.locator("[data-testid=onboarding-form] button[type=submit]").click();
        assertThat(page.locator("#logo-too-large")).isHidden();
        assertThat(page.locator("[data-testid=logo-error]")).hasText("LOGO 须为 PNG 或 JPEG 图片（按文件内容识别），该文件不是有效图片");
        assertThat(page.locator("#fullName")).hasValue(name);
        assertThat(page.locator("#adminMobile")).hasValue(adminMobile);
        screenshot("onboarding-form-refused");

        page.locator("#logo").setInputFiles(pngLogo());
        page.locator("[data-testid=onboarding-form] button[type=submit]").click();
        assertThat(page).hasURL(url("/onboarding/submitted"));

        signInAsNewPlatformAdmin();
        open("/admin/onboarding?status=SUBMITTED");
        openApplication(name);
        page.locator("[data-testid=reject]").click();
        Locator dialog = page.locator("#reject-dialog");
        assertThat(dialog).isVisible();
        dialog.locator("button[type=submit]").click();
        assertThat(page.locator("[data-testid=reason-error]")).hasText("请填写驳回原因");
        assertThat(page.locator("#reject-dialog.show")).isVisible();
        page.waitForTimeout(400); // the dialog fades in
        screenshot("onboarding-reject-dialog");
        String reason = "单位简介未说明面向中小微企业的主要服务，请补充后重新申请";
        page.locator("#reason").fill(reason);
        page.locator("#reject-dialog button[type=submit]").click();
        assertThat(page.locator("[data-testid=flash]")).containsText("已驳回");
        assertThat(page.locator("[data-testid=reject-reason]")).hasText(reason);

        open("/dev/sms");
        Locator message = page.locator("[data-testid=dev-sms] tbody tr")
                .filter(new Locator.FilterOptions().setHasText(adminMobile)).first();
        assertThat(message.locator("td.sms-text")).containsText("未通过审核");
        assertThat(message.locator("td.sms-text")).containsText(reason);
        assertThat(message.locator("td.sms-text")).containsText(name);
    }

    private void fillApplication(String name, String adminMobile, Path logo) {
        page.locator("#fullName").fill(name);
        page.locator("#shortName").fill("测试银行");
        page.locator("#type").selectOption("RURAL_COMMERCIAL_BANK");
        page.locator("#introduction").fill("扎根佛山，面向小微企业和个体工商户提供信用贷款、供应链融资和结算服务。\n线上申请，最快当天放款。");
        page.locator("#logo").setInputFiles(logo);
        page.locator("#headName").fill("陈普惠");
        page.locator("#headPosition").fill("普惠金融部总经理");
        page.locator("#headMobile").fill("13900001234");
        page.locator("#adminName").fill("林专管");
        page.locator("#adminPosition").fill("普惠金融部客户经理");
        page.locator("#adminMobile").fill(adminMobile);
    }

    private void openApplication(String name) {
        page.locator("#q").fill(name);
        page.locator("form[role=search] button[type=submit]").click();
        Locator row = page.locator("[data-testid=applications] tbody tr").filter(new Locator.FilterOptions().setHasText(name));
        assertThat(row).hasCount(1);
        screenshot("onboarding-admin-list");
        row.getByRole(com.microsoft.playwright.options.AriaRole.LINK).click();
        assertThat(page.locator("h1")).hasText("入驻申请详情");
    }

    private void signInAsNewPlatformAdmin() {
        String admin = newPhone();
        accounts.create(NewAccount.staff(new PhoneNumber(admin), "入驻审核员", Role.PLATFORM_ADMIN)
                .withPassword(ADMIN_PASSWORD));
        open("/login");
        page.getByLabel("手机号").fill(admin);
        page.getByLabel("密码").fill(ADMIN_PASSWORD);
        page.locator("[data-testid=password-login] button[type=submit]").click();
        assertThat(page).hasURL(url("/login/verify"));
        page.getByLabel("短信验证码").fill(latestSmsCode(admin));
        page.locator("[data-testid=verify-form] button[type=submit]").click();
        assertThat(page).hasURL(url("/admin"));
    }

    private static String suffix() {
        return String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
    }

    private static Path pngLogo() throws IOException {
        BufferedImage picture = new BufferedImage(96, 96, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(new Color(0x1f5fbf));
        g.fillRoundRect(0, 0, 96, 96, 24, 24);
        g.setColor(Color.WHITE);
        g.fillOval(24, 24, 48, 48);
        g.dispose();
        Path file = Files.createTempFile("logo", ".png");
        ImageIO.write(picture, "png", file.toFile());
        return file;
    }
}
