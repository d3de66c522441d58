package org.xinyidai.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.xinyidai.identity.account.Account;
import org.xinyidai.identity.sms.SmsCodeService;
import org.xinyidai.identity.sms.SmsPurpose;
import org.xinyidai.identity.sms.SmsSendResult;
import org.xinyidai.shared.PhoneNumber;

/**
 * The state between a staff member's right password and their SMS code: the account id in the session,
 * for five minutes at most, and the code sent to the account's own phone.
 */
@Component
class SecondFactorStep {

    private static final String ACCOUNT = "xyd.secondFactor.account";
    private static final String PHONE = "xyd.secondFactor.phone";
    private static final String STARTED = "xyd.secondFactor.started";
    private static final long MAX_SECONDS = 300;

    private final SmsCodeService smsCodes;
    private final Clock clock;

    SecondFactorStep(SmsCodeService smsCodes, Clock clock) {
        this.smsCodes = smsCodes;
        this.clock = clock;
    }

    SmsSendResult begin(Account account, HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        session.setAttribute(ACCOUNT, account.id());
        session.setAttribute(PHONE, account.phone());
        session.setAttribute(STARTED, clock.instant());
        return resend(request).orElseThrow();
    }

    Optional<SmsSendResult> resend(HttpServletRequest request) {
        return pendingPhone(request.getSession(false))
                .map(phone -> smsCodes.send(new PhoneNumber(phone), SmsPurpose.SECOND_FACTOR, request.getRemoteAddr()));
    }

    Optional<Long> pendingAccount(HttpSession session) {
        if (session == null || !(session.getAttribute(ACCOUNT) instanceof Long id)
                || !(session.getAttribute(STARTED) instanceof Instant started)) {
            return Optional.empty();
        }
        if (started.plusSeconds(MAX_SECONDS).isBefore(clock.instant())) {
            forget(session);
            return Optional.empty();
        }
        return Optional.of(id);
    }

    Optional<String> pendingPhone(HttpSession session) {
        return pendingAccount(session).map(id -> (String) session.getAttribute(PHONE));
    }

    static void forget(HttpSession session) {
        if (session != null) {
            session.removeAttribute(ACCOUNT);
            session.removeAttribute(PHONE);
            session.removeAttribute(STARTED);
        }
    }
}
