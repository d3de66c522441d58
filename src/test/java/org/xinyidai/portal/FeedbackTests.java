package org.xinyidai.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xinyidai.portal.PortalFixtures.from;
import static org.xinyidai.portal.PortalFixtures.randomAddress;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.xinyidai.portal.feedback.FormTokens;
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
