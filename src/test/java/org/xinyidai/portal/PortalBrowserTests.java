package org.xinyidai.portal;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinyidai.identity.AccountAdministration;
import org.xinyidai.identity.AccountAdministration.NewAccount;
import org.xinyidai.identity.Role;
import org.xinyidai.shared.PhoneNumber;
import org.xinyidai.support.BrowserTest;
import org.xinyidai.support.MovableClock;

/**
 * The public portal as a visitor uses it: switching city sites, reading the help centre, sending
 * feedback that a platform admin answers, and the promotion QR code and poster.
 */
class PortalBrowserTests extends BrowserTest {

    private static final String PASSWORD = "Xyd@2026";

    @Autowired
    AccountAdministration accounts;
    @Autowired
    MovableClock clock;

    @Test
    void theHomePageAndTheDirectoryMakeNoFailedRequestAndDrawAMissingLogo() {
        java.util.List<String> failed = new java.util.concurrent.CopyOnWriteArrayList<>();
        page.onResponse(r -> {
            if (r.status() >= 400) {
                failed.add(r.status() + " " + r.url());
            }
        });
        page.onRequestFailed(r -> failed.add("failed " + r.url()));
        open("/?city=foshan");
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        assertThat(page.locator("[data-testid=home-institutions] [data-testid=logo-placeholder]").first()).isVisible();
        open("/institutions");
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        assertThat(failed).isEmpty();
    }

    @Test
    void aVisitorSwitchesFromFoshanToGuangzhouAndBackAndTheFooterFollows() {
        open("/");
        assertThat(page.locator("[data-testid=current-site]")).hasText("佛山站");
        assertThat(page.locator("[data-testid=footer-hotline]")).hasText("400-1016-871");

        page.locator("[data-testid=site-switch]").click();
        page.locator("[data-testid=site-menu]").getByText("广州站").click();
        assertThat(page.locator("[data-testid=current-site]")).hasText("广州站");
        assertThat(page.locator("[data-testid=footer-hotline]")).hasText("400-8020-020");

        page.locator("header").getByText("帮助中心").click();
        assertThat(page).hasURL(url("/help"));
        assertThat(page.locator("[data-testid=current-site]")).hasText("广州站");
        assertThat(page.locator("[data-testid=footer-contacts]")).containsText("天河区");
        screenshot("portal-guangzhou-help");

        page.locator("[data-testid=site-switch]").click();
        page.locator("[data-testid=site-menu]").getByText("佛山站").click();
        assertThat(page).hasURL(url("/help?city=foshan"));
        assertThat(page.locator("[data-testid=footer-hotline]")).hasText("400-1016-871");

        open("/guangzhou/contact");
        assertThat(page).hasURL(url("/contact"));
        assertThat(page.locator("[data-testid=contact-hotline]")).hasText("400-8020-020");

        open("/?city=atlantis");
        assertThat(page.locator("h1")).hasText("未找到该分站");
        page.locator("[data-testid=site-list]").getByText("佛山站").click();
        assertThat(page.locator("[data-testid=footer-hotline]")).hasText("400-1016-871");
    }

    @Test
    void aVisitorReadsTheEnterpriseGuideAndFindsAnFaqBySearching() {
        open("/help");
        assertThat(page.locator("h1")).hasText("帮助中心");
        page.getByText("企业用户操作指南：从注册到获得贷款").click();
        assertThat(page.locator("h1")).hasText("企业用户操作指南：从注册到获得贷款");
        assertThat(page.locator("[data-testid=article-body]")).containsText("一、注册账号");
        assertThat(page.locator("[data-testid=article-body]")).containsText("已放款");
        screenshot("help-enterprise-guide");

        page.getByText("返回帮助中心").click();
        page.locator("[data-testid=faq]").getByText("使用平台要收费吗？").click();
        assertThat(page.locator("[data-testid=faq]")).containsText("不收费。");

        page.getByLabel("搜索帮助内容").fill("每天最多获取10次");
        page.locator("[data-testid=help-search] button").click();
        Locator results = page.locator("[data-testid=help-results]");
        assertThat(results).containsText("收不到短信验证码怎么办？");
        screenshot("help-search");
        results.getByText("收不到短信验证码怎么办？").click();
        assertThat(page.locator("[data-testid=article-body]")).containsText("每分钟最多获取1次");
    }

    @Test
    void aVisitorSendsFeedbackAndThePlatformAdminRepliesBySms() {
        String sender = newPhone();
        String text = "金融超市的产品能否按担保方式筛选？编号" + UUID.randomUUID().toString().substring(0, 8);
        page.setViewportSize(375, 800);
        open("/contact");
        assertThat(page.locator("h1")).hasText("联系我们");
        assertThat(page.locator("[data-testid=site-contacts]")).containsText("400-1016-871");
        assertThat(page.locator("#website")).not().isInViewport();
        page.getByLabel("建议").check();
        page.getByLabel("反馈内容").fill(text);
        page.getByLabel("联系方式").fill(sender);
        clock.advance(Duration.ofSeconds(5));
        screenshot("contact-375");
        page.locator("[data-testid=feedback-form] button[type=submit]").click();
        assertThat(page.locator("[data-testid=flash]")).containsText("感谢您的反馈");
        page.setViewportSize(1280, 900);

        String admin = newPhone();
        accounts.create(NewAccount.staff(new PhoneNumber(admin), "反馈管理员", Role.PLATFORM_ADMIN).withPassword(PASSWORD));
        signInAsStaff(admin);
        page.locator("[data-testid=side-nav]").getByText("城市分站").click();
        assertThat(page.locator("[data-testid=sites]")).containsText("广州");
        page.locator("[data-testid=sites] tr").filter(new Locator.FilterOptions().setHasText("guangzhou"))
                .getByText("编辑").click();
        assertThat(page.getByLabel("融资热线")).hasValue("400-8020-020");
        assertThat(page.locator("[data-testid=district-row]").first().locator("input").first()).hasValue("440104");
        screenshot("site-admin-edit");
        page.locator("[data-testid=side-nav]").getByText("意见反馈").click();
        assertThat(page.locator("h1")).hasText("意见反馈");
        page.locator("#status").selectOption("NEW");
        page.locator("form.xyd-filter button[type=submit]").click();
        Locator row = page.locator("[data-testid=feedback-inbox] tbody tr").filter(new Locator.FilterOptions().setHasText(text.substring(0, 20)));
        assertThat(row).containsText("建议");
        assertThat(row).containsText(sender.substring(0, 3) + "****" + sender.substring(7));
        row.getByText("查看").click();

        assertThat(page.locator("[data-testid=feedback-detail]")).containsText(text);
        assertThat(page.locator("[data-testid=feedback-status]")).hasText("待处理");
        page.getByLabel("回复").fill("感谢建议，金融超市已支持按担保方式筛选。");
        page.locator("[data-testid=reply-form] button[type=submit]").click();
        assertThat(page.locator("[data-testid=flash]")).containsText("通过短信发送");
        assertThat(page.locator("[data-testid=feedback-status]")).hasText("已处理");
        assertThat(page.locator("[data-testid=feedback-reply]")).containsText("感谢建议");
        screenshot("feedback-replied");

        Page outbox = context.newPage();
        outbox.navigate(url("/dev/sms"));
        reloadUntilVisible(outbox, outbox.locator("[data-testid=dev-sms] tbody tr")
                .filter(new Locator.FilterOptions().setHasText(sender)));
        assertThat(outbox.locator("[data-testid=dev-sms] tbody tr").filter(new Locator.FilterOptions()
                .setHasText(sender)).first()).containsText("您的意见反馈已收到回复：感谢建议");
        outbox.close();
    }

    @Test
    void thePromotionPageShowsTheQrCodeAndThePosterPrintsOnA4() {
        open("/promotion?city=foshan");
        assertThat(page.locator("h1")).hasText("宣传材料");
        assertThat(page.locator("[data-testid=site-link]")).hasValue(url("/?city=foshan"));
        Locator qr = page.locator("[data-testid=promotion-qr]");
        assertThat(qr).isVisible();
        // A QR code wider than 100 px arrives (the image loads after the page: wait for it, as a visitor would).
        page.waitForFunction("img => img.complete && img.naturalWidth > 100", qr.elementHandle());

        page.locator("[data-testid=poster-link]").click();
        assertThat(page).hasURL(url("/promotion/poster"));
        Locator poster = page.locator("[data-testid=poster]");
        assertThat(poster).containsText("信用");
        assertThat(poster).containsText("让中小企业融资不再难");
        assertThat(poster).containsText("全国中小企业融资综合信用服务平台（佛山站）");
        assertThat(poster).containsText("400-1016-871");
        assertThat(poster).containsText("国家发改委指导");
        assertThat(page.locator("[data-testid=print]")).isVisible();
        page.waitForFunction("img => img.complete && img.naturalWidth > 100",
                page.locator("[data-testid=poster-qr]").elementHandle());
        page.setViewportSize(900, 1200);
        poster.screenshot(new Locator.ScreenshotOptions().setPath(java.nio.file.Paths.get("target", "screenshots",
                "promotion-poster-a4.png")));
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
        assertThat(page.locator("[data-testid=print]")).isHidden();
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.SCREEN));
    }

    private void signInAsStaff(String phone) {
        open("/login");
        page.getByLabel("手机号").fill(phone);
        page.getByLabel("密码").fill(PASSWORD);
        page.locator("[data-testid=password-login] button[type=submit]").click();
        assertThat(page).hasURL(url("/login/verify"));
        page.getByLabel("短信验证码").fill(latestSmsCode(phone));
        page.locator("[data-testid=verify-form] button[type=submit]").click();
        assertThat(page.locator("[data-testid=user-menu]")).isVisible();
        assertThat(page.url()).doesNotContain("/login");
    }
}
