package org.xinyidai.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.xinyidai.identity.AccountAdministration.NewAccount;
import org.xinyidai.identity.sms.DevSmsOutbox;
import org.xinyidai.shared.PhoneNumber;

/**
 * Nobody learns from the sign-in, registration or password pages whether a number has an account: the words
 * are the same, the password check runs either way, and the SMS limits count every request alike.
 */
@SpringBootTest
@AutoConfigureMockMvc
class UserEnumerationTests {

    static final String PASSWORD = "Known@2026";
    static final String SENT = "验证码已发送，5分钟内有效";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountAdministration accounts;
    @Autowired
    DevSmsOutbox outbox;
    @Autowired
    CountingPasswordEncoder encoder;

    @Test
    void aWrongPasswordGetsTheSameWordsAndTheSameCheckForRegisteredAndUnknownNumbers() throws Exception {
        String registered = registeredPhone();
        String unknown = newPhone();

        int before = encoder.checks.get();
        String registeredAnswer = formError(post("/login/password").param("phone", registered).param("password", "Wrong@2026"));
        int afterRegistered = encoder.checks.get();
        String unknownAnswer = formError(post("/login/password").param("phone", unknown).param("password", "Wrong@2026"));
        int afterUnknown = encoder.checks.get();

        assertThat(registeredAnswer).isEqualTo(unknownAnswer).isEqualTo("手机号或密码错误");
        assertThat(afterRegistered - before).as("BCrypt checks for a registered number").isEqualTo(1);
        assertThat(afterUnknown - afterRegistered).as("BCrypt checks for an unknown number").isEqualTo(1);
    }

    @Test
    void aDisabledAccountSaysSoOnlyAfterTheRightPassword() throws Exception {
        String phone = registeredPhone();
        accounts.setStatus(accounts.findIdByPhone(new PhoneNumber(phone)).orElseThrow(), AccountStatus.DISABLED);
        assertThat(formError(post("/login/password").param("phone", phone).param("password", "Wrong@2026")))
                .isEqualTo("手机号或密码错误");
        assertThat(formError(post("/login/password").param("phone", phone).param("password", PASSWORD)))
                .isEqualTo("该账号已停用，请联系平台管理员。");
    }

    @Test
    void aWrongSmsCodeGetsTheSameWordsForRegisteredAndUnknownNumbers() throws Exception {
        String registered = codeError(post("/login/sms").param("phone", registeredPhone()).param("code", "000000"));
        String unknown = codeError(post("/login/sms").param("phone", newPhone()).param("code", "000000"));
        assertThat(registered).isEqualTo(unknown).isEqualTo("验证码错误或已失效，请重新获取");
    }

    @Test
    void askingForACodeAnswersTheSameForRegisteredAndNewNumbersAndTheOwnerLearnsWhyBySms() throws Exception {
        String registered = registeredPhone();
        String fresh = newPhone();
        assertThat(smsAnswer(registered, "REGISTER")).isEqualTo(smsAnswer(fresh, "REGISTER")).isEqualTo(SENT);
        assertThat(lastSmsTo(registered)).contains("该手机号已注册信易贷账号").doesNotContainPattern("\\d{6}");
        assertThat(lastSmsTo(fresh)).containsPattern("验证码为\\d{6}");

        String unknown = newPhone();
        String known = registeredPhone();
        assertThat(smsAnswer(unknown, "RESET_PASSWORD")).isEqualTo(smsAnswer(known, "RESET_PASSWORD")).isEqualTo(SENT);
        assertThat(lastSmsTo(unknown)).contains("该手机号尚未注册").doesNotContainPattern("\\d{6}");
        assertThat(smsAnswer(newPhone(), "LOGIN")).isEqualTo(smsAnswer(registeredPhone(), "LOGIN")).isEqualTo(SENT);
    }

    @Test
    void everyKindOfRequestCountsTowardsTheSameLimits() throws Exception {
        String registered = registeredPhone();
        String fresh = newPhone();
        smsAnswer(registered, "REGISTER");
        smsAnswer(fresh, "REGISTER");
        String registeredAgain = smsAnswer(registered, "REGISTER");
        assertThat(registeredAgain).matches("获取验证码过于频繁，请\\d+秒后再试");
        assertThat(smsAnswer(fresh, "REGISTER")).matches("获取验证码过于频繁，请\\d+秒后再试");

        String unknown = newPhone();
        smsAnswer(unknown, "LOGIN");
        assertThat(smsAnswer(unknown, "LOGIN")).matches("获取验证码过于频繁，请\\d+秒后再试");
    }

    @Test
    void registeringAKnownNumberFailsLikeAWrongCode() throws Exception {
        String registered = registeredPhone();
        smsAnswer(registered, "REGISTER");
        List<String> known = fieldErrors(registration(registered));
        List<String> fresh = fieldErrors(registration(newPhone()));
        assertThat(known).isEqualTo(fresh).containsExactly("验证码错误或已失效，请重新获取");
    }

    @Test
    void resettingThePasswordOfAnUnknownNumberFailsLikeAWrongCode() throws Exception {
        String unknown = newPhone();
        smsAnswer(unknown, "RESET_PASSWORD");
        List<String> forUnknown = fieldErrors(post("/password/forgot").param("phone", unknown).param("code", "123456")
                .param("password", "Brand@new2026").param("confirmPassword", "Brand@new2026"));
        List<String> forKnown = fieldErrors(post("/password/forgot").param("phone", registeredPhone())
                .param("code", "123456").param("password", "Brand@new2026").param("confirmPassword", "Brand@new2026"));
        assertThat(forUnknown).isEqualTo(forKnown).containsExactly("验证码错误或已失效，请重新获取");
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder registration(String phone) {
        return post("/register").param("phone", phone).param("code", "123456").param("password", "Brand@new2026")
                .param("confirmPassword", "Brand@new2026").param("agreed", "true");
    }

    private String smsAnswer(String phone, String purpose) throws Exception {
        return page(post("/sms/send").param("phone", phone).param("purpose", purpose))
                .selectFirst("[data-testid=sms-message]").text();
    }

    private String formError(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return page(request).selectFirst("[data-testid=form-error]").text();
    }

    private String codeError(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return page(request).selectFirst("[data-testid=code-error]").text();
    }

    private List<String> fieldErrors(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return page(request).select(".invalid-feedback").stream().map(Element::text).filter(t -> !t.isBlank()).toList();
    }

    private Document page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        String html = mvc.perform(request.with(csrf())).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }

    private String lastSmsTo(String phone) {
        return outbox.messages().stream().filter(m -> m.phone().equals(phone)).findFirst().orElseThrow().text();
    }

    private String registeredPhone() {
        String phone = newPhone();
        accounts.create(new NewAccount(new PhoneNumber(phone), "枚举测试", Role.ENTERPRISE, "foshan", null, null, null,
                null, PASSWORD));
        return phone;
    }

    private static String newPhone() {
        return "16" + String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
    }

    /** The real encoder, counting its checks: the count is what an attacker would time. */
    static class CountingPasswordEncoder implements PasswordEncoder {

        final AtomicInteger checks = new AtomicInteger();
        private final PasswordEncoder delegate = PasswordEncoderFactories.createDelegatingPasswordEncoder();

        @Override
        public String encode(CharSequence raw) {
            return delegate.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return delegate.matches(raw, encoded);
        }
    }

    @TestConfiguration
    static class CountingEncoderConfiguration {

        @Bean
        @Primary
        CountingPasswordEncoder countingPasswordEncoder() {
            return new CountingPasswordEncoder();
        }
    }
}
