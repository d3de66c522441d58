package org.xinyidai.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.xinyidai.messaging.MessagingFixtures.newAccount;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;
import org.xinyidai.identity.AccountAdministration;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.Role;
import org.xinyidai.identity.sms.DevSmsOutbox;
import org.xinyidai.messaging.inbox.Inbox;
import org.xinyidai.messaging.inbox.Message;
import org.xinyidai.messaging.inbox.MessageFilter;
import org.xinyidai.messaging.inbox.MessageTexts;
import org.xinyidai.shared.PageRequest;
import org.xinyidai.messaging.inbox.ReadState;
import org.xinyidai.messaging.notices.SmsPreferences;

/** The message centre on the real database: who sees what, read state, and when an SMS goes out. */
@SpringBootTest
class MessageCentreTests {

    private static final PageRequest FIRST_PAGE = PageRequest.of(1, 20);

    private static final MessageFilter ALL = MessageFilter.ALL;

    @Autowired
    MessageCentre centre;
    @Autowired
    Inbox inbox;
    @Autowired
    SmsPreferences preferences;
    @Autowired
    MessageTexts texts;
    @Autowired
    AccountAdministration accounts;
    @Autowired
    DevSmsOutbox outbox;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aPostedMessageIsListedForItsRecipientOnlyAndRenderedInTheirLanguage() {
        CurrentUser recipient = newAccount(accounts, Role.ENTERPRISE);
        CurrentUser other = newAccount(accounts, Role.ENTERPRISE);
        String order = orderNo();
        centre.post(new Notice(recipient.accountId(), MessageType.ORDER_STATUS, "message.order.status",
                List.of(order, "已受理"), "/enterprise/orders/1"));

        List<Message> listed = inbox.list(recipient.accountId(), ALL, FIRST_PAGE).items();
        assertThat(listed).hasSize(1);
        Message message = listed.get(0);
        assertThat(message.type()).isEqualTo(MessageType.ORDER_STATUS);
        assertThat(message.args()).containsExactly(order, "已受理");
        assertThat(message.link()).isEqualTo("/enterprise/orders/1");
        assertThat(message.unread()).isTrue();
        assertThat(texts.render(message, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("您的融资订单 " + order + " 状态已更新为：已受理。");
        assertThat(texts.render(message, Locale.ENGLISH)).startsWith("The status of your financing order " + order);

        assertThat(inbox.list(other.accountId(), ALL, FIRST_PAGE).items()).isEmpty();
        assertThat(find(message.id(), other.accountId())).isEmpty();
        assertThat(inbox.markRead(message.id(), other)).as("another person's message").isEmpty();
        assertThat(find(message.id(), recipient.accountId()).orElseThrow().unread()).isTrue();
    }

    @Test
    void unreadCountFallsAsMessagesAreReadOneByOneThenAllAtOnce() {
        CurrentUser user = newAccount(accounts, Role.ADVISOR);
        for (int i = 0; i < 3; i++) {
            centre.post(new Notice(user.accountId(), MessageType.SYSTEM, "message.auth.pending", List.of("企业" + i), null));
        }
        assertThat(centre.unreadCount(user.accountId())).isEqualTo(3);

        long first = inbox.list(user.accountId(), ALL, FIRST_PAGE).items().get(0).id();
        assertThat(inbox.markRead(first, user)).get().extracting(Message::unread).isEqualTo(false);
        assertThat(centre.unreadCount(user.accountId())).isEqualTo(2);
        assertThat(inbox.list(user.accountId(), new MessageFilter(null, ReadState.READ), FIRST_PAGE).total()).isEqualTo(1);
        assertThat(inbox.list(user.accountId(), new MessageFilter(null, ReadState.UNREAD), FIRST_PAGE).items())
                .extracting(Message::id).doesNotContain(first).hasSize(2);

        assertThat(inbox.markAllRead(user)).isEqualTo(2);
        assertThat(centre.unreadCount(user.accountId())).isZero();
        assertThat(inbox.list(user.accountId(), ALL, FIRST_PAGE).total()).isEqualTo(3);
    }

    @Test
    void aTypeThatTextsByDefaultSendsTheChineseTextBySms() {
        CurrentUser user = newAccount(accounts, Role.CUSTOMER_MANAGER);
        String order = orderNo();
        centre.post(new Notice(user.accountId(), MessageType.NEW_ORDER, "message.order.new",
                List.of(order, "佛山某某科技有限公司", "100.00"), null));

        // The SMS goes out after the commit, on the event executor.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(smsTo(user)).containsExactly(
                "【信易贷】您有新的融资订单 " + order + "（佛山某某科技有限公司，100.00万元），请及时受理。"));
    }

    @Test
    void noSmsForATypeThePersonSwitchedOffOrThatIsOffByDefault() {
        CurrentUser user = newAccount(accounts, Role.CUSTOMER_MANAGER);
        preferences.save(user, Set.of(MessageType.ORDER_STATUS));
        assertThat(preferences.of(user)).containsEntry(MessageType.NEW_ORDER, false)
                .containsEntry(MessageType.ORDER_STATUS, true).containsEntry(MessageType.DEADLINE_NEAR, false);

        centre.post(new Notice(user.accountId(), MessageType.NEW_ORDER, "message.order.new",
                List.of(orderNo(), "某公司", "50.00"), null));
        centre.post(new Notice(user.accountId(), MessageType.DEADLINE_NEAR, "message.order.deadline",
                List.of(orderNo(), "2026-12-01"), null));
        assertThat(centre.unreadCount(user.accountId())).isEqualTo(2);

        String order = orderNo();
        centre.post(new Notice(user.accountId(), MessageType.ORDER_STATUS, "message.order.status",
                List.of(order, "审批中"), null));
        // Only the type switched on texts: once its SMS is there, the other two never were.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(smsTo(user))
                .containsExactly("【信易贷】您的融资订单 " + order + " 状态已更新为：审批中。"));
    }

    @Test
    void aRolledBackTransactionLeavesNoMessageAndSendsNoSms() {
        CurrentUser user = newAccount(accounts, Role.ENTERPRISE);
        transactions.executeWithoutResult(status -> {
            centre.post(new Notice(user.accountId(), MessageType.ORDER_STATUS, "message.order.status",
                    List.of(orderNo(), "已放款"), null));
            assertThat(centre.unreadCount(user.accountId())).as("inside the transaction").isEqualTo(1);
            status.setRollbackOnly();
        });
        assertThat(inbox.list(user.accountId(), ALL, FIRST_PAGE).total()).isZero();
        assertThat(smsTo(user)).isEmpty();
    }

    @Test
    void aMissingAccountIsSkippedWithoutFailingThePost() {
        centre.post(new Notice(Long.MAX_VALUE - 7, MessageType.ORDER_STATUS, "message.order.status",
                List.of(orderNo(), "已受理"), null));
        assertThat(centre.unreadCount(Long.MAX_VALUE - 7)).isEqualTo(1);
    }

    @Test
    void aLinkOutsideThePlatformIsRefused() {
        CurrentUser user = newAccount(accounts, Role.ENTERPRISE);
        assertThatThrownBy(() -> centre.post(new Notice(user.accountId(), MessageType.SYSTEM, "message.auth.approved",
                List.of("某公司"), "//evil.example/phish"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> centre.post(new Notice(user.accountId(), MessageType.SYSTEM, "message.auth.approved",
                List.of("某公司"), "https://evil.example"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(inbox.list(user.accountId(), ALL, FIRST_PAGE).total()).isZero();
    }

    private List<String> smsTo(CurrentUser user) {
        return outbox.messages().stream().filter(m -> m.phone().equals(user.phone()))
                .map(DevSmsOutbox.Message::text).toList();
    }

    private static String orderNo() {
        return "XYD" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** One of the account's messages by its id, as the account's own list shows it. */
    private Optional<Message> find(long id, long accountId) {
        return inbox.list(accountId, ALL, FIRST_PAGE).items().stream().filter(m -> m.id() == id).findFirst();
    }
}
