package org.xinyidai.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.xinyidai.messaging.MessagingFixtures.newAccount;
import static org.xinyidai.messaging.MessagingFixtures.newPhone;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;
import org.xinyidai.enterprise.EnterpriseAuthenticationDecided;
import org.xinyidai.financing.OrderStatus;
import org.xinyidai.financing.OrderStatusChanged;
import org.xinyidai.financing.OrderSubmitted;
import org.xinyidai.identity.AccountAdministration;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.EnterpriseRegistered;
import org.xinyidai.identity.Role;
import org.xinyidai.identity.sms.DevSmsOutbox;
import org.xinyidai.institution.OnboardingDecided;
import org.xinyidai.messaging.TextMessages.TextOutcome;
import org.xinyidai.messaging.inbox.Inbox;
import org.xinyidai.messaging.inbox.Message;
import org.xinyidai.messaging.inbox.MessageFilter;
import org.xinyidai.messaging.inbox.MessageTexts;
import org.xinyidai.shared.Money;
import org.xinyidai.shared.PageRequest;

/**
 * Other modules' events become messages and SMS after the publisher committed, on the event executor, and each
 * completed publication leaves the registry (completion mode delete).
 */
@SpringBootTest
@EnableScenarios
class EventFlowTests {

    private static final PageRequest FIRST_PAGE = PageRequest.of(1, 20);

    private static final MessageFilter ALL = MessageFilter.ALL;
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    AccountAdministration accounts;
    @Autowired
    Inbox inbox;
    @Autowired
    MessageTexts texts;
    @Autowired
    DevSmsOutbox outbox;
    @Autowired
    TextMessages textMessages;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aSubmittedOrderIsAMessageAndAnSmsToItsManager(Scenario scenario) {
        CurrentUser manager = newAccount(accounts, Role.CUSTOMER_MANAGER);
        String orderNo = orderNo();
        scenario.publish(new OrderSubmitted(41L, orderNo, 1L, "佛山市事件测试有限公司", 1L, "/1/", manager.accountId(),
                        new Money(new BigDecimal("1500000.00"))))
                .customize(it -> it.atMost(PATIENCE))
                .andWaitForStateChange(() -> inbox.list(manager.accountId(), ALL, FIRST_PAGE).items())
                .andVerify(list -> {
                    assertThat(list).singleElement().satisfies(message -> {
                        assertThat(message.type()).isEqualTo(MessageType.NEW_ORDER);
                        assertThat(message.link()).isEqualTo("/institution/orders/41");
                        assertThat(texts.render(message, Locale.SIMPLIFIED_CHINESE))
                                .isEqualTo("您有新的融资订单 " + orderNo + "（佛山市事件测试有限公司，150万元），请及时受理。");
                    });
                });
        // The SMS follows from the message, in a second after-commit step.
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(smsTo(manager.phone())).containsExactly(
                "【信易贷】您有新的融资订单 " + orderNo + "（佛山市事件测试有限公司，150万元），请及时受理。"));
    }

    @Test
    void aStatusChangeIsAMessageToEveryMemberOfTheEnterpriseInChinese(Scenario scenario) {
        long enterpriseId = jdbc.sql("select enterprise_id from enterprise_member where status = 'ACTIVE' order by enterprise_id limit 1")
                .query(Long.class).single();
        List<Long> members = jdbc.sql("select account_id from enterprise_member where enterprise_id = :e and status = 'ACTIVE'")
                .param("e", enterpriseId).query(Long.class).list();
        String orderNo = orderNo();
        scenario.publish(new OrderStatusChanged(42L, orderNo, enterpriseId, 1L, OrderStatus.REVIEWING, OrderStatus.APPROVED))
                .customize(it -> it.atMost(PATIENCE))
                .andWaitForStateChange(() -> messagesAbout(orderNo), count -> count == members.size())
                .andVerify(count -> {
                    Message message = inbox.list(members.get(0), ALL, FIRST_PAGE).items().stream()
                            .filter(m -> m.args().contains(orderNo)).findFirst().orElseThrow();
                    assertThat(message.type()).isEqualTo(MessageType.ORDER_STATUS);
                    assertThat(message.link()).isEqualTo("/enterprise/orders/42");
                    assertThat(texts.render(message, Locale.SIMPLIFIED_CHINESE))
                            .isEqualTo("您的融资订单 " + orderNo + " 状态已更新为：已授信。");
                });
    }

    @Test
    void anAuthenticationDecisionIsAMessageToWhoeverAsked(Scenario scenario) {
        CurrentUser asker = newAccount(accounts, Role.ENTERPRISE);
        scenario.publish(new EnterpriseAuthenticationDecided(7L, "佛山市认证事件有限公司", asker.accountId(), false, "营业执照模糊"))
                .customize(it -> it.atMost(PATIENCE))
                .andWaitForStateChange(() -> inbox.list(asker.accountId(), ALL, FIRST_PAGE).items())
                .andVerify(list -> assertThat(list).singleElement().satisfies(message -> {
                    assertThat(message.type()).isEqualTo(MessageType.AUTHENTICATION);
                    assertThat(texts.render(message, Locale.SIMPLIFIED_CHINESE))
                            .isEqualTo("企业 佛山市认证事件有限公司 认证未通过：营业执照模糊");
                }));
    }

    @Test
    void aRegistrationThroughAManagersLinkIsAttributedToThatManager(Scenario scenario) {
        var manager = jdbc.sql("""
                select account_id, referral_code from institution_staff where referral_code is not null
                order by account_id limit 1""")
                .query((rs, row) -> new Object[] {rs.getLong("account_id"), rs.getString("referral_code")}).single();
        CurrentUser registered = newAccount(accounts, Role.ENTERPRISE);
        scenario.publish(new EnterpriseRegistered(registered.accountId(), "foshan", (String) manager[1]))
                .customize(it -> it.atMost(PATIENCE))
                .andWaitForStateChange(() -> jdbc.sql(
                                "select staff_account_id from institution_referral where enterprise_account_id = :a")
                        .param("a", registered.accountId()).query(Long.class).optional())
                .andVerify(referrer -> assertThat(referrer).contains((Long) manager[0]));
    }

    @Test
    void anOnboardingDecisionTextsTheApplicantOnceAndLeavesNothingInTheRegistry(Scenario scenario) {
        String mobile = newPhone();
        scenario.publish(new OnboardingDecided(9L, "佛山事件测试银行", mobile, false, "材料不全"))
                .customize(it -> it.atMost(PATIENCE))
                .andWaitForStateChange(() -> smsTo(mobile))
                .andVerify(sms -> assertThat(sms).containsExactly(
                        "【信易贷】很抱歉，您提交的“佛山事件测试银行”入驻申请未通过审核。原因：材料不全。如有疑问请联系平台管理员。"));
        // Completion mode delete: once delivered, neither the decision nor the text is left in the registry.
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(publicationsMentioning(mobile)).isZero());
    }

    @Test
    void textsToOneNumberStopAtTheDailyCapAndOnlyMobileNumbersAreTexted() {
        String mobile = newPhone();
        List<TextOutcome> outcomes = transactions.execute(status -> List.of(
                textMessages.send(mobile, "message.text.feedback.reply", List.of("第一次")),
                textMessages.send(mobile, "message.text.feedback.reply", List.of("第二次")),
                textMessages.send(" " + mobile + " ", "message.text.feedback.reply", List.of("第三次")),
                textMessages.send(mobile, "message.text.feedback.reply", List.of("第四次")),
                textMessages.send("someone@example.com", "message.text.feedback.reply", List.of("邮箱")),
                textMessages.send("1234567", "message.text.feedback.reply", List.of("座机"))));
        assertThat(outcomes).containsExactly(TextOutcome.QUEUED, TextOutcome.QUEUED, TextOutcome.QUEUED,
                TextOutcome.DAILY_LIMIT_REACHED, TextOutcome.NOT_A_MOBILE, TextOutcome.NOT_A_MOBILE);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(smsTo(mobile)).containsExactlyInAnyOrder(
                "【信易贷】您的意见反馈已收到回复：第一次", "【信易贷】您的意见反馈已收到回复：第二次",
                "【信易贷】您的意见反馈已收到回复：第三次"));
    }

    private List<String> smsTo(String phone) {
        return outbox.messages().stream().filter(m -> m.phone().equals(phone)).map(DevSmsOutbox.Message::text).toList();
    }

    private long messagesAbout(String orderNo) {
        return jdbc.sql("select count(*) from messaging_message where args like :no").param("no", orderNo + "%")
                .query(Long.class).single();
    }

    private long publicationsMentioning(String text) {
        return jdbc.sql("select count(*) from event_publication where serialized_event like :t")
                .param("t", "%" + text + "%").query(Long.class).single();
    }

    private static String orderNo() {
        return "XYD" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
