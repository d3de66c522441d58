package org.xinyidai.identity.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xinyidai.identity.account.IdentityProperties;
import org.xinyidai.shared.PhoneNumber;
import org.xinyidai.support.MovableClock;

/** SMS codes against the real database, with the platform clock moved instead of waiting. */
@SpringBootTest
class SmsCodeServiceTests {

    private static final Pattern CODE = Pattern.compile("(\\d{6})");

    @Autowired
    SmsCodeService service;
    @Autowired
    SmsCodes codes;
    @Autowired
    LoggingSmsGateway gateway;
    @Autowired
    DevSmsOutbox outbox;
    @Autowired
    MessageSource messages;
    @Autowired
    IdentityProperties properties;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCodeIsSixDigitsStoredOnlyAsAHashAndWorksOnce() {
        PhoneNumber phone = newPhone();
        assertThat(service.send(phone, SmsPurpose.LOGIN, "10.0.0.1").sent()).isTrue();
        String code = lastCodeTo(phone);

        List<String> stored = jdbc.sql("select code_hash from identity_sms_code where phone = :p")
                .param("p", phone.value()).query(String.class).list();
        assertThat(stored).hasSize(1).allSatisfy(hash -> assertThat(hash).hasSize(64).doesNotContain(code));

        assertThat(service.verify(phone, SmsPurpose.REGISTER, code)).as("another purpose").isFalse();
        assertThat(service.verify(phone, SmsPurpose.LOGIN, code)).isTrue();
        assertThat(service.verify(phone, SmsPurpose.LOGIN, code)).as("second use").isFalse();
    }

    @Test
    void aCodeExpiresAfterFiveMinutes() {
        PhoneNumber phone = newPhone();
        service.send(phone, SmsPurpose.LOGIN, "10.0.0.2");
        String code = lastCodeTo(phone);
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(service.verify(phone, SmsPurpose.LOGIN, code)).isFalse();
    }

    @Test
    void fiveWrongEntriesSpendTheCode() {
        PhoneNumber phone = newPhone();
        service.send(phone, SmsPurpose.LOGIN, "10.0.0.3");
        String code = lastCodeTo(phone);
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 5; i++) {
            assertThat(service.verify(phone, SmsPurpose.LOGIN, wrong)).isFalse();
        }
        assertThat(service.verify(phone, SmsPurpose.LOGIN, code)).isFalse();
    }

    @Test
    void oneCodeAMinutePerNumber() {
        PhoneNumber phone = newPhone();
        assertThat(service.send(phone, SmsPurpose.REGISTER, "10.0.0.4").sent()).isTrue();
        SmsSendResult again = service.send(phone, SmsPurpose.LOGIN, "10.0.0.5");
        assertThat(again.sent()).isFalse();
        assertThat(again.messageKey()).isEqualTo("sms.throttle.interval");
        assertThat((Long) again.args()[0]).isBetween(1L, 60L);
        clock.advance(Duration.ofSeconds(61));
        assertThat(service.send(phone, SmsPurpose.LOGIN, "10.0.0.5").sent()).isTrue();
    }

    @Test
    void tenCodesADayPerNumber() {
        PhoneNumber phone = newPhone();
        clock.advance(untilNextDay());
        for (int i = 0; i < 10; i++) {
            assertThat(service.send(phone, SmsPurpose.LOGIN, "10.0.1." + i).sent()).as("code %d", i + 1).isTrue();
            clock.advance(Duration.ofSeconds(61));
        }
        SmsSendResult eleventh = service.send(phone, SmsPurpose.LOGIN, "10.0.1.99");
        assertThat(eleventh.sent()).isFalse();
        assertThat(eleventh.messageKey()).isEqualTo("sms.throttle.daily");
        assertThat(messages.getMessage(eleventh.messageKey(), eleventh.args(), java.util.Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("该手机号今日获取验证码已达10次上限，请明天再试");
    }

    @Test
    void anHourlyCapPerClientAddressHasItsOwnMessage() {
        IdentityProperties.Sms tight = new IdentityProperties.Sms(Duration.ofMinutes(5), Duration.ofMinutes(1), 10, 3, 5,
                true);
        SmsCodeService capped = new SmsCodeService(codes, gateway, messages,
                new IdentityProperties(8, 5, Duration.ofMinutes(15), true, properties.codeSecret(), tight), clock);
        String ip = "10.9." + ThreadLocalRandom.current().nextInt(255) + "." + ThreadLocalRandom.current().nextInt(255);
        for (int i = 0; i < 3; i++) {
            assertThat(capped.send(newPhone(), SmsPurpose.REGISTER, ip).sent()).isTrue();
        }
        SmsSendResult fourth = capped.send(newPhone(), SmsPurpose.REGISTER, ip);
        assertThat(fourth.messageKey()).isEqualTo("sms.throttle.ip");
        assertThat(capped.send(newPhone(), SmsPurpose.REGISTER, "10.8.0.1").sent()).as("another address").isTrue();
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void theApplicationLogShowsTheMessageButNeverTheCode(CapturedOutput output) {
        PhoneNumber phone = newPhone();
        service.send(phone, SmsPurpose.LOGIN, "10.0.0.6");
        String code = lastCodeTo(phone);
        String line = output.getOut().lines().filter(l -> l.contains("SMS to " + phone.masked())).findFirst()
                .orElseThrow();
        assertThat(line).contains("******").doesNotContain(code);
        assertThat(output.getOut()).doesNotContain(phone.value());
    }

    private Duration untilNextDay() {
        var now = java.time.ZonedDateTime.now(clock);
        return Duration.between(now, now.toLocalDate().plusDays(1).atStartOfDay(clock.getZone()).plusMinutes(1));
    }

    private String lastCodeTo(PhoneNumber phone) {
        String text = outbox.messages().stream().filter(m -> m.phone().equals(phone.value())).findFirst()
                .orElseThrow().text();
        Matcher m = CODE.matcher(text);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static PhoneNumber newPhone() {
        return new PhoneNumber("16" + String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L)));
    }
}
