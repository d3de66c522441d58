package org.xinyidai.messaging;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.xinyidai.identity.AccountAdministration;
import org.xinyidai.identity.AccountAdministration.NewAccount;
import org.xinyidai.identity.Role;
import org.xinyidai.shared.PhoneNumber;
import org.xinyidai.support.BrowserTest;

/** An enterprise owner finds two messages behind the header bell, reads them and turns one SMS off. */
class MessageCentreBrowserTests extends BrowserTest {

    @Autowired
    AccountAdministration accounts;
    @Autowired
    MessageCentre centre;

    @Test
    void readingFilteringMarkingAllReadAndSwitchingAnSmsOff() {
        String phone = newPhone();
        long id = accounts.create(new NewAccount(new PhoneNumber(phone), "消息企业", Role.ENTERPRISE, "foshan", null,
                null, null, null, MessagingFixtures.PASSWORD));
        centre.post(new Notice(id, MessageType.ORDER_STATUS, "message.order.status", List.of("XYD20261129", "已受理"),
                "/enterprise"));
        centre.post(new Notice(id, MessageType.AUTHENTICATION, "message.auth.approved", List.of("佛山市禅城区测试科技有限公司"),
                null));

        signIn(page, phone, MessagingFixtures.PASSWORD);
        Locator badge = page.locator("[data-testid=unread-count]");
        assertThat(badge).hasText("2");
        screenshot("messages-1-badge");

        page.locator("[data-testid=message-bell]").click();
        assertThat(page.locator("h1")).hasText("消息中心");
        Locator rows = page.locator("[data-testid=message-row]");
        assertThat(rows).hasCount(2);
        assertThat(rows.first()).containsText("企业 佛山市禅城区测试科技有限公司 已通过认证。");
        assertThat(page.locator("[data-testid=unread-badge]")).hasCount(2);
        screenshot("messages-2-list");

        page.getByLabel("消息类型").selectOption("AUTHENTICATION");
        page.locator("[data-testid=message-search]").click();
        assertThat(rows).hasCount(1);
        assertThat(page).hasURL(Pattern.compile("type=AUTHENTICATION"));
        assertThat(rows.first()).containsText("企业认证");

        rows.first().locator("[data-testid=message-open]").click();
        assertThat(page).hasURL(Pattern.compile("/messages$"));
        assertThat(badge).hasText("1");
        assertThat(page.locator("[data-testid=unread-badge]")).hasCount(1);
        assertThat(rows.filter(new Locator.FilterOptions().setHasText("已通过认证")).locator("[data-testid=unread-badge]"))
                .hasCount(0);
        screenshot("messages-3-one-read");

        page.locator("[data-testid=read-all]").click();
        assertThat(page.locator("[data-testid=flash]")).containsText("已将全部消息标为已读");
        assertThat(badge).hasCount(0);
        assertThat(page.locator("[data-testid=unread-badge]")).hasCount(0);

        page.locator("[data-testid=message-settings]").click();
        Locator orderStatus = page.locator("[data-testid=sms-ORDER_STATUS]");
        assertThat(orderStatus).isChecked();
        assertThat(page.locator("[data-testid=sms-DEADLINE_NEAR]")).not().isChecked();
        orderStatus.uncheck();
        page.locator("[data-testid=save-settings]").click();
        assertThat(page.locator("[data-testid=flash]")).containsText("短信通知设置已保存");
        page.reload();
        assertThat(page.locator("[data-testid=sms-ORDER_STATUS]")).not().isChecked();
        assertThat(page.locator("[data-testid=sms-NEW_ORDER]")).isChecked();
        screenshot("messages-4-settings");
    }

    @Test
    void onAPhoneTheMessageListScrollsInsideItsBoxAndTheTopBarStaysOnOneLine() {
        String phone = newPhone();
        long id = accounts.create(new NewAccount(new PhoneNumber(phone), "手机消息企业", Role.ENTERPRISE, "foshan", null,
                null, null, null, MessagingFixtures.PASSWORD));
        centre.post(new Notice(id, MessageType.ORDER_STATUS, "message.order.status", List.of("XYD20261129000001", "已受理"),
                "/enterprise"));
        page.setViewportSize(375, 800);
        signIn(page, phone, MessagingFixtures.PASSWORD);
        page.navigate(url("/messages"));
        assertThat(page.locator("[data-testid=message-row]")).hasCount(1);

        Object overflow = page.evaluate(
                "() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        org.assertj.core.api.Assertions.assertThat(((Number) overflow).intValue()).as("page wider than the phone by")
                .isLessThanOrEqualTo(0);
        Locator menu = page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("菜单"));
        org.assertj.core.api.Assertions.assertThat(menu.boundingBox().height).as("the 菜单 button on one line")
                .isLessThan(40);
        screenshot("messages-375px");
    }
}
