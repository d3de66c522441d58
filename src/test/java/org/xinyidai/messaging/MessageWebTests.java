package org.xinyidai.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xinyidai.messaging.MessagingFixtures.newAccount;
import static org.xinyidai.messaging.MessagingFixtures.signedIn;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.xinyidai.identity.AccountAdministration;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.Role;
import org.xinyidai.messaging.inbox.Inbox;
import org.xinyidai.messaging.inbox.MessageFilter;
import org.xinyidai.shared.PageRequest;

/** The message pages from the outside, as real signed-in accounts of different roles. */
@SpringBootTest
@AutoConfigureMockMvc
class MessageWebTests {

    private static final PageRequest FIRST_PAGE = PageRequest.of(1, 20);

    @Autowired
    MockMvc mvc;
    @Autowired
    MessageCentre centre;
    @Autowired
    Inbox inbox;
    @Autowired
    AccountAdministration accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anotherPersonsMessageIsNotFound() throws Exception {
        CurrentUser owner = newAccount(accounts, Role.ENTERPRISE);
        CurrentUser stranger = newAccount(accounts, Role.ADVISOR);
        long id = postOne(owner, MessageType.SYSTEM, "/enterprise");

        mvc.perform(post("/messages/" + id + "/read").with(signedIn(stranger)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/messages/999999999/read").with(signedIn(stranger)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(centre.unreadCount(owner.accountId())).isEqualTo(1);

        mvc.perform(post("/messages/" + id + "/read").with(signedIn(owner)).with(csrf()))
                .andExpect(redirectedUrl("/enterprise"));
        assertThat(centre.unreadCount(owner.accountId())).isZero();
    }

    @Test
    void aMessageWithoutALinkLeadsBackToTheList() throws Exception {
        CurrentUser owner = newAccount(accounts, Role.GOV_OFFICER);
        long id = postOne(owner, MessageType.SYSTEM, null);
        mvc.perform(post("/messages/" + id + "/read").with(signedIn(owner)).with(csrf()))
                .andExpect(redirectedUrl("/messages"));
    }

    @Test
    void theListShowsTheTextInTheReadersLanguageWithTheUnreadBadgeAndTheHeaderCount() throws Exception {
        CurrentUser user = newAccount(accounts, Role.CUSTOMER_MANAGER);
        centre.post(new Notice(user.accountId(), MessageType.ORDER_ASSIGNED, "message.order.assigned",
                List.of("XYD2026001"), null));
        centre.post(new Notice(user.accountId(), MessageType.DEADLINE_NEAR, "message.order.deadline",
                List.of("XYD2026002", "2026-12-01"), null));

        mvc.perform(get("/messages").with(signedIn(user)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("订单 XYD2026001 已指派给您。")))
                .andExpect(content().string(containsString("订单 XYD2026002 将于 2026-12-01 到期未受理，请尽快处理。")))
                .andExpect(content().string(containsString("未读")))
                .andExpect(content().string(containsString("data-testid=\"unread-count\">2<")))
                .andExpect(content().string(containsString("消息中心")));
        mvc.perform(get("/messages").param("type", "ORDER_ASSIGNED").with(signedIn(user)))
                .andExpect(content().string(containsString("XYD2026001")))
                .andExpect(content().string(not(containsString("XYD2026002"))));
        mvc.perform(get("/messages").param("lang", "en").with(signedIn(user)))
                .andExpect(content().string(containsString("Order XYD2026001 has been assigned to you.")));

        mvc.perform(post("/messages/read-all").with(signedIn(user)).with(csrf()))
                .andExpect(redirectedUrl("/messages"));
        mvc.perform(get("/messages").param("state", "UNREAD").with(signedIn(user)))
                .andExpect(content().string(not(containsString("XYD2026001"))))
                .andExpect(content().string(not(containsString("data-testid=\"unread-count\""))));
    }

    @Test
    void theSmsSwitchesAreSavedPerAccountAndAStaffChangeIsLogged() throws Exception {
        CurrentUser user = newAccount(accounts, Role.INST_ADMIN);
        mvc.perform(get("/messages/settings").with(signedIn(user)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("短信通知")))
                .andExpect(content().string(containsString("默认开启")));
        mvc.perform(post("/messages/settings").param("sms", "DEADLINE_NEAR", "NOT_A_TYPE")
                        .with(signedIn(user)).with(csrf()))
                .andExpect(redirectedUrl("/messages/settings"));
        String page = mvc.perform(get("/messages/settings").with(signedIn(user)))
                .andReturn().getResponse().getContentAsString();
        assertThat(checkbox(page, "DEADLINE_NEAR")).contains("checked");
        assertThat(checkbox(page, "NEW_ORDER")).doesNotContain("checked");
        assertThat(jdbc.sql("""
                select count(*) from audit_operation
                where actor_id = :id and action = 'MESSAGE_SMS_SETTINGS' and detail = 'DEADLINE_NEAR'
                """).param("id", user.accountId()).query(Long.class).single())
                .as("a staff member's change is in the operation log").isEqualTo(1);

        CurrentUser other = newAccount(accounts, Role.INST_ADMIN);
        String untouched = mvc.perform(get("/messages/settings").with(signedIn(other)))
                .andReturn().getResponse().getContentAsString();
        assertThat(checkbox(untouched, "NEW_ORDER")).contains("checked");
        assertThat(checkbox(untouched, "DEADLINE_NEAR")).doesNotContain("checked");
    }

    @Test
    void theMessagePagesNeedASignedInPerson() throws Exception {
        mvc.perform(get("/messages")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/messages/settings")).andExpect(redirectedUrl("/login"));
    }

    private long postOne(CurrentUser owner, MessageType type, String link) {
        centre.post(new Notice(owner.accountId(), type, "message.auth.approved", List.of("佛山测试公司"), link));
        return inbox.list(owner.accountId(), MessageFilter.ALL, FIRST_PAGE).items().get(0).id();
    }

    private static String checkbox(String page, String type) {
        int at = page.indexOf("id=\"sms-" + type + "\"");
        assertThat(at).as("checkbox of " + type).isPositive();
        int start = page.lastIndexOf("<input", at);
        return page.substring(start, page.indexOf('>', at) + 1);
    }
}
