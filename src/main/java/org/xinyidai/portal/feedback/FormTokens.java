package org.xinyidai.portal.feedback;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A signed timestamp put into the feedback form when it is served: {@code <millis>.<HMAC-SHA256>}. A
 * person needs a few seconds to write; a bot that posts at once, replays an old form or forges the time
 * is refused. Signed with a server secret, so any node can check a token another node issued.
 */
@Component
public class FormTokens {

    static final Duration FASTEST = Duration.ofSeconds(3);
    static final Duration OLDEST = Duration.ofHours(1);

    /** Why a token was refused, if it was. */
    public enum Verdict { OK, TOO_FAST, EXPIRED, INVALID }

    private final SecretKeySpec key;
    private final Clock clock;

    FormTokens(@Value("${xyd.portal.form-secret:${xyd.identity.code-secret}}") String secret, Clock clock) {
        this.key = new SecretKeySpec(("feedback-form:" + secret).getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.clock = clock;
    }

    public String issue() {
        String millis = Long.toString(clock.millis());
        return millis + "." + sign(millis);
    }

    public Verdict check(String token) {
        if (token == null) {
            return Verdict.INVALID;
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Verdict.INVALID;
        }
        String millis = token.substring(0, dot);
        byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, sign(millis).getBytes(StandardCharsets.US_ASCII))) {
            return Verdict.INVALID;
        }
        long issued;
        try {
            issued = Long.parseLong(millis);
        } catch (NumberFormatException e) {
            return Verdict.INVALID;
        }
        long age = clock.millis() - issued;
        if (age < FASTEST.toMillis()) {
            return Verdict.TOO_FAST;
        }
        return age > OLDEST.toMillis() ? Verdict.EXPIRED : Verdict.OK;
    }

    private String sign(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
