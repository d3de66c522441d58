package org.xinyidai.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.xinyidai.messaging.MessagingFixtures.newPhone;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;
import org.xinyidai.identity.SmsGateway;
import org.xinyidai.identity.sms.DevSmsOutbox;
import org.xinyidai.institution.OnboardingDecided;
import org.xinyidai.shared.PhoneNumber;

/**
 * A carrier failure does not lose a text: the publication stays incomplete in the registry and the text goes
 * out exactly once when incomplete publications are resubmitted (what a restart does, with
 * {@code spring.modulith.events.republish-outstanding-events-on-restart}).
 */
@SpringBootTest
@EnableScenarios
class EventRedeliveryTests {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired
    FlakyCarrier carrier;
    @Autowired
    DevSmsOutbox outbox;
    @Autowired
    IncompleteEventPublications incomplete;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aTextTheCarrierRefusedOnceIsSentExactlyOnceOnResubmission(Scenario scenario) {
        String mobile = newPhone();
        carrier.failOnceFor(mobile);

        scenario.publish(new OnboardingDecided(11L, "佛山重投测试银行", mobile, true, null))
                .customize(it -> it.atMost(PATIENCE))
                .andWaitForStateChange(() -> failedPublicationsMentioning(mobile), count -> count == 1)
                .andVerify(count -> assertThat(smsTo(mobile)).as("the carrier refused it").isEmpty());

        incomplete.resubmitIncompletePublications(publication -> publication.getEvent().toString().contains(mobile));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(smsTo(mobile)).containsExactly(
                "【信易贷】您提交的“佛山重投测试银行”入驻申请已审核通过。请在平台登录页选择验证码登录，使用手机号" + mobile
                        + "登录，首次登录请设置密码。"));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(publicationsMentioning(mobile)).isZero());
        incomplete.resubmitIncompletePublications(publication -> publication.getEvent().toString().contains(mobile));
        assertThat(smsTo(mobile)).as("a second resubmission finds nothing to send").hasSize(1);
        assertThat(jdbc.sql("select count(*) from messaging_text where phone = :p").param("p", mobile)
                .query(Long.class).single()).as("recorded once, for the daily cap").isEqualTo(1);
    }

    private List<String> smsTo(String phone) {
        return outbox.messages().stream().filter(m -> m.phone().equals(phone)).map(DevSmsOutbox.Message::text).toList();
    }

    private long failedPublicationsMentioning(String text) {
        return jdbc.sql("select count(*) from event_publication where completion_date is null and status = 'FAILED' "
                        + "and serialized_event like :t")
                .param("t", "%" + text + "%").query(Long.class).single();
    }

    private long publicationsMentioning(String text) {
        return jdbc.sql("select count(*) from event_publication where serialized_event like :t")
                .param("t", "%" + text + "%").query(Long.class).single();
    }

    /** A carrier that refuses the first text to chosen numbers, then delivers through the default adapter. */
    static class FlakyCarrier implements SmsGateway {

        private final SmsGateway delivering;
        private final Set<String> failNext = ConcurrentHashMap.newKeySet();

        FlakyCarrier(SmsGateway delivering) {
            this.delivering = delivering;
        }

        void failOnceFor(String phone) {
            failNext.add(phone);
        }

        @Override
        public void send(PhoneNumber to, String text) {
            if (failNext.remove(to.value())) {
                throw new IllegalStateException("carrier unavailable");
            }
            delivering.send(to, text);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Carrier {

        @Bean
        @Primary
        FlakyCarrier flakyCarrier(@Qualifier("loggingSmsGateway") SmsGateway delivering) {
            return new FlakyCarrier(delivering);
        }
    }
}
