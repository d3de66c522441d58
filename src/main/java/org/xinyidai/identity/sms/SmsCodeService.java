package org.xinyidai.identity.sms;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyidai.identity.SmsGateway;
import org.xinyidai.identity.account.IdentityProperties;
import org.xinyidai.shared.PhoneNumber;

/**
 * Issues and checks SMS verification codes: six digits from a secure random source, valid for a few
 * minutes, single use, stored only as an HMAC, and throttled per phone number (one a minute, ten a day)
 * and per client address (an hourly cap).
 */
@Service
public class SmsCodeService {

    private static final Locale SMS_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final SmsCodes codes;
    private final SmsGateway gateway;
    private final MessageSource messages;
    private final IdentityProperties.Sms limits;
    private final byte[] secret;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SmsCodeService(SmsCodes codes, SmsGateway gateway, MessageSource messages, IdentityProperties properties,
                   Clock clock) {
        this.codes = codes;
        this.gateway = gateway;
        this.messages = messages;
        this.limits = properties.sms();
        this.secret = properties.codeSecret().getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    /** Sends a new code unless a limit forbids it; the answer says which limit. */
    @Transactional
    public SmsSendResult send(PhoneNumber phone, SmsPurpose purpose, String clientIp) {
        return issue(phone, purpose, clientIp, code -> messages.getMessage("sms.code.text",
                new Object[] {code, limits.validity().toMinutes()}, SMS_LOCALE));
    }

    /**
     * Instead of a code, tells the phone's owner why none came (say, the number is registered already), under
     * the same limits and with the same answer as {@link #send}: the screen must not tell who is registered.
     * A code is stored all the same, one nobody ever sees, so the limits count this text like any other.
     */
    @Transactional
    public SmsSendResult sendNotice(PhoneNumber phone, SmsPurpose purpose, String clientIp, String textKey) {
        return issue(phone, purpose, clientIp, unseenCode -> messages.getMessage(textKey, null, SMS_LOCALE));
    }

    private SmsSendResult issue(PhoneNumber phone, SmsPurpose purpose, String clientIp,
                                Function<String, String> text) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<SmsSendResult> refusal = throttle(phone.value(), clientIp, now);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        String code = "%06d".formatted(random.nextInt(1_000_000));
        codes.insert(phone.value(), purpose, hash(phone.value(), purpose, code), clientIp, now,
                now.plus(limits.validity()));
        gateway.send(phone, text.apply(code));
        return SmsSendResult.ok();
    }

    private Optional<SmsSendResult> throttle(String phone, String ip, OffsetDateTime now) {
        Optional<OffsetDateTime> last = codes.lastSentTo(phone);
        if (last.isPresent() && last.get().plus(limits.resendInterval()).isAfter(now)) {
            long wait = Math.max(1, Duration.between(now, last.get().plus(limits.resendInterval())).toSeconds());
            return Optional.of(SmsSendResult.refused("sms.throttle.interval", wait));
        }
        OffsetDateTime startOfDay = now.toLocalDate().atStartOfDay(clock.getZone()).toOffsetDateTime();
        if (codes.countForPhoneSince(phone, startOfDay) >= limits.dailyPerPhone()) {
            return Optional.of(SmsSendResult.refused("sms.throttle.daily", limits.dailyPerPhone()));
        }
        if (codes.countForIpSince(ip, now.minusHours(1)) >= limits.hourlyPerIp()) {
            return Optional.of(SmsSendResult.refused("sms.throttle.ip"));
        }
        return Optional.empty();
    }

    /**
     * Checks a code and, when it matches, spends it. A code is spent also after too many wrong entries.
     */
    @Transactional
    public boolean verify(PhoneNumber phone, SmsPurpose purpose, String code) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Optional<SmsCodes.LiveCode> live = codes.latestLive(phone.value(), purpose, now);
        if (live.isEmpty() || code == null || live.get().failedAttempts() >= limits.attemptsPerCode()) {
            return false;
        }
        byte[] expected = live.get().hash().getBytes(StandardCharsets.US_ASCII);
        byte[] given = hash(phone.value(), purpose, code.trim()).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            codes.recordWrongAttempt(live.get().id());
            return false;
        }
        return codes.markUsed(live.get().id(), now);
    }

    private String hash(String phone, SmsPurpose purpose, String code) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((phone + '|' + purpose + '|' + code)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
