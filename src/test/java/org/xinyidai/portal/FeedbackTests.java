package org.xinyidai.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xinyidai.portal.PortalFixtures.from;
import static org.xinyidai.portal.PortalFixtures.randomAddress;
import static org.xinyidai.support.SignedIn.as;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.xinyidai.identity.AccountAdministration;
import org.xinyidai.identity.AccountAdministration.NewAccount;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.Role;
import org.xinyidai.identity.sms.DevSmsOutbox;
import org.xinyidai.portal.feedback.FormTokens;
import org.xinyidai.shared.PhoneNumber;
import org.xinyidai.support.MovableClock;

/** Feedback without a CAPTCHA: each way a bot is turned away has its message, and nothing is saved. */
@SpringBootTest
@AutoConfigureMockMvc
class FeedbackTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    FormTokens tokens;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountAdministration accounts;
    @Autowired
    DevSmsOutbox outbox;

    @Test
    void theContactPageShowsTheSitesContactsAndTheForm() throws Exception {
        mvc.perform(get("/contact").param("city", "foshan"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("400-1016-871")))
                .andExpect(content().string(containsString("fsxyd@example.org.cn")))
                .andExpect(content().string(containsString("name=\"website\"")))
                .andExpect(content().string(containsString("name=\"token\"")));
    }

    @Test
    void feedbackWrittenAtHumanSpeedIsSaved() throws Exception {
        String text = unique();
        mvc.perform(feedback(text, agedToken()).with(from(randomAddress())))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/contact"));
        assertThat(saved(text)).isEqualTo(1);
    }

    @Test
    void aFilledHoneypotIsRefused() throws Exception {
        String text = unique();
        mvc.perform(feedback(text, agedToken()).param("website", "http://spam.example").with(from(randomAddress())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("提交未被受理，请刷新页面后重新填写。")));
        assertThat(saved(text)).isZero();
    }

    @Test
    void aFormSentWithinSecondsOfBeingServedIsRefused() throws Exception {
        String text = unique();
        mvc.perform(feedback(text, tokens.issue()).with(from(randomAddress())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("提交过快")));
        assertThat(saved(text)).isZero();
    }

    @Test
    void aStaleOrForgedTokenIsRefused() throws Exception {
        String stale = tokens.issue();
        clock.advance(Duration.ofMinutes(61));
        String text = unique();
        mvc.perform(feedback(text, stale).with(from(randomAddress())))
                .andExpect(content().string(containsString("页面已打开超过1小时")));
        mvc.perform(feedback(text, "1.forged").with(from(randomAddress())))
                .andExpect(content().string(containsString("表单已失效")));
        assertThat(saved(text)).isZero();
    }

    @Test
    void theSixthFeedbackFromOneAddressInAnHourIsRefused() throws Exception {
        String address = randomAddress();
        String token = agedToken();
        for (int i = 0; i < 5; i++) {
            mvc.perform(feedback(unique(), token).with(from(address))).andExpect(status().isFound());
        }
        String text = unique();
        mvc.perform(feedback(text, token).with(from(address)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("当前网络提交反馈次数过多，请一小时后再试。")));
        assertThat(saved(text)).isZero();
        mvc.perform(feedback(text, token).with(from(randomAddress()))).andExpect(status().isFound());
    }

    @Test
    void theFourthFeedbackFromOneSessionInAnHourIsRefused() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String token = agedToken();
        for (int i = 0; i < 3; i++) {
            mvc.perform(feedback(unique(), token).session(session).with(from(randomAddress())))
                    .andExpect(status().isFound());
        }
        String text = unique();
        mvc.perform(feedback(text, token).session(session).with(from(randomAddress())))
                .andExpect(content().string(containsString("您提交反馈过于频繁")));
        assertThat(saved(text)).isZero();
    }

    @Test
    void shortTextAndABadContactAreRefusedBesideTheFields() throws Exception {
        mvc.perform(post("/contact/feedback").with(csrf()).with(from(randomAddress()))
                        .param("type", "SUGGESTION").param("text", "太短").param("contact", "12345")
                        .param("token", agedToken()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("反馈内容须为10至1000个字")))
                .andExpect(content().string(containsString("请输入正确的手机号或电子邮箱")));
    }

    @Test
    void repliesTextTheSenderAtMostThreeTimesADayThenAreKeptWithoutAnSms() throws Exception {
        String mobile = "18" + String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
        String text = unique();
        mvc.perform(post("/contact/feedback").with(csrf()).with(from(randomAddress())).param("type", "INQUIRY")
                .param("text", text).param("contact", mobile).param("website", "").param("token", agedToken()))
                .andExpect(status().isFound());
        long id = jdbc.sql("select id from portal_feedback where body = :text").param("text", text)
                .query(Long.class).single();
        CurrentUser admin = platformAdmin();

        for (int i = 1; i <= 3; i++) {
            mvc.perform(post("/admin/feedback/" + id + "/reply").param("reply", "第" + i + "次回复")
                            .with(as(admin)).with(csrf()))
                    .andExpect(flash().attribute("flash", "feedback.replied.sms"));
        }
        mvc.perform(post("/admin/feedback/" + id + "/reply").param("reply", "第4次回复").with(as(admin)).with(csrf()))
                .andExpect(flash().attribute("flash", "feedback.replied.smsLimit"));
        mvc.perform(get("/admin/feedback/" + id).with(as(admin)).flashAttr("flash", "feedback.replied.smsLimit"))
                .andExpect(content().string(containsString("第4次回复")))
                .andExpect(content().string(containsString("本次回复未通过短信发送")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("回复已通过短信发送给反馈人"))));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(textsTo(mobile)).containsExactlyInAnyOrder(
                "【信易贷】您的意见反馈已收到回复：第1次回复", "【信易贷】您的意见反馈已收到回复：第2次回复",
                "【信易贷】您的意见反馈已收到回复：第3次回复"));
    }

    @Test
    void aReplyOverFiveHundredCharactersIsRefusedBesideItAndTheFeedbackStaysNew() throws Exception {
        String text = unique();
        mvc.perform(post("/contact/feedback").with(csrf()).with(from(randomAddress())).param("type", "SUGGESTION")
                .param("text", text).param("contact", "").param("website", "").param("token", agedToken()))
                .andExpect(status().isFound());
        long id = jdbc.sql("select id from portal_feedback where body = :text").param("text", text)
                .query(Long.class).single();
        mvc.perform(post("/admin/feedback/" + id + "/reply").param("reply", "长".repeat(501))
                        .with(as(platformAdmin())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("回复不能超过500个字")));
        assertThat(jdbc.sql("select status from portal_feedback where id = :id").param("id", id).query(String.class)
                .single()).isEqualTo("NEW");
    }

    private CurrentUser platformAdmin() {
        String phone = "16" + String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
        long id = accounts.create(new NewAccount(new PhoneNumber(phone), "反馈管理员", Role.PLATFORM_ADMIN, null, null,
                null, null, null, "Tester@2026"));
        return new CurrentUser(id, phone, "反馈管理员", Role.PLATFORM_ADMIN, null, null, null, null, null, false);
    }

    private List<String> textsTo(String mobile) {
        return outbox.messages().stream().filter(m -> m.phone().equals(mobile)).map(DevSmsOutbox.Message::text).toList();
    }

    /** A token issued a little while ago, as a person filling in the form would have. */
    private String agedToken() {
        String token = tokens.issue();
        clock.advance(Duration.ofSeconds(4));
        return token;
    }

    private MockHttpServletRequestBuilder feedback(String text, String token) {
        return post("/contact/feedback").with(csrf()).param("type", "INQUIRY").param("text", text)
                .param("contact", "fb@example.org.cn").param("website", "").param("token", token);
    }

    private static String unique() {
        return "请问平台的产品如何申请？编号 " + UUID.randomUUID();
    }

    private long saved(String text) {
        return jdbc.sql("select count(*) from portal_feedback where body = :text").param("text", text)
                .query(Long.class).single();
    }
}
