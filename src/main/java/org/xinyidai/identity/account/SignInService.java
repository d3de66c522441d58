package org.xinyidai.identity.account;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.xinyidai.audit.Operation;
import org.xinyidai.audit.OperationLog;
import org.xinyidai.identity.sms.SmsCodeService;
import org.xinyidai.identity.sms.SmsPurpose;
import org.xinyidai.shared.PhoneNumber;

/**
 * Sign-in by password, by SMS code, and the staff second factor. Wrong passwords and codes count
 * towards the lockout; every success, failure and lockout goes to the operation log.
 */
@Service
public class SignInService {

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final SmsCodeService smsCodes;
    private final OperationLog operationLog;
    private final IdentityProperties properties;
    private final Clock clock;

    SignInService(Accounts accounts, PasswordEncoder encoder, SmsCodeService smsCodes, OperationLog operationLog,
                  IdentityProperties properties, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.smsCodes = smsCodes;
        this.operationLog = operationLog;
        this.properties = properties;
        this.clock = clock;
    }

    public SignIn withPassword(String phoneInput, String password) {
        Optional<Account> found = PhoneNumber.parse(phoneInput).flatMap(p -> accounts.findByPhone(p.value()));
        if (found.isEmpty()) {
            return unknownAccount(phoneInput, "LOGIN_PASSWORD", "login.wrongPassword");
        }
        Account account = found.get();
        Optional<SignIn.Refused> blocked = blocked(account, "LOGIN_PASSWORD");
        if (blocked.isPresent()) {
            return blocked.get();
        }
        if (!account.hasPassword()) {
            return refuse(account, "LOGIN_PASSWORD", "no password set", "login.noPassword");
        }
        if (password == null || !encoder.matches(password, account.passwordHash())) {
            return wrongSecret(account, "LOGIN_PASSWORD", "wrong password", "login.wrongPassword");
        }
        if (account.role().isStaff() && properties.staffSecondFactor()) {
            return new SignIn.SecondFactorRequired(account);
        }
        return grant(account, "LOGIN_PASSWORD");
    }

    public SignIn withSmsCode(PhoneNumber phone, String code) {
        Optional<Account> found = accounts.findByPhone(phone.value());
        if (found.isEmpty()) {
            return unknownAccount(phone.value(), "LOGIN_SMS", "sms.code.invalid");
        }
        Account account = found.get();
        Optional<SignIn.Refused> blocked = blocked(account, "LOGIN_SMS");
        if (blocked.isPresent()) {
            return blocked.get();
        }
        if (!smsCodes.verify(phone, SmsPurpose.LOGIN, code)) {
            return wrongSecret(account, "LOGIN_SMS", "wrong code", "sms.code.invalid");
        }
        return grant(account, "LOGIN_SMS");
    }

    /** The second step of a staff password sign-in. */
    public SignIn withSecondFactor(long accountId, String code) {
        Account account = accounts.findById(accountId).orElseThrow();
        Optional<SignIn.Refused> blocked = blocked(account, "LOGIN_SECOND_FACTOR");
        if (blocked.isPresent()) {
            return blocked.get();
        }
        if (!smsCodes.verify(new PhoneNumber(account.phone()), SmsPurpose.SECOND_FACTOR, code)) {
            return wrongSecret(account, "LOGIN_SECOND_FACTOR", "wrong code", "sms.code.invalid");
        }
        return grant(account, "LOGIN_SECOND_FACTOR");
    }

    public void recordLogout(long accountId) {
        accounts.findById(accountId).ifPresent(account -> operationLog.record(Operation.succeeded(account.id(),
                AccountService.actorName(account), account.role().name(), "LOGOUT").on("account", account.id())));
    }

    private Optional<SignIn.Refused> blocked(Account account, String action) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (account.isDisabled()) {
            return Optional.of(refuse(account, action, "account disabled", "login.disabled"));
        }
        if (account.isPending()) {
            return Optional.of(refuse(account, action, "account awaiting approval", "login.pending"));
        }
        if (account.isLockedAt(now)) {
            long minutes = Math.max(1, Duration.between(now, account.lockedUntil()).toMinutes() + 1);
            return Optional.of(refuse(account, action, "account locked", "login.locked", minutes));
        }
        return Optional.empty();
    }

    private SignIn.Refused wrongSecret(Account account, String action, String why, String messageKey) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean lockExpired = account.lockedUntil() != null && !account.isLockedAt(now);
        int failures = (lockExpired ? 0 : account.failedAttempts()) + 1;
        if (failures >= properties.maxFailedAttempts()) {
            accounts.recordFailure(account.id(), 0, now.plus(properties.lockout()));
            operationLog.record(Operation.failed(account.id(), AccountService.actorName(account),
                    account.role().name(), action, why).on("account", account.id()));
            operationLog.record(Operation.succeeded(account.id(), AccountService.actorName(account),
                    account.role().name(), "LOCKOUT").on("account", account.id())
                    .withDetail(failures + " failures, locked " + properties.lockout().toMinutes() + " min"));
            return new SignIn.Refused("login.locked", properties.lockout().toMinutes());
        }
        accounts.recordFailure(account.id(), failures, null);
        operationLog.record(Operation.failed(account.id(), AccountService.actorName(account), account.role().name(),
                action, why).on("account", account.id()));
        return new SignIn.Refused(messageKey + ".remaining", properties.maxFailedAttempts() - failures);
    }

    private SignIn.Refused refuse(Account account, String action, String why, String messageKey, Object... args) {
        operationLog.record(Operation.failed(account.id(), AccountService.actorName(account), account.role().name(),
                action, why).on("account", account.id()));
        return new SignIn.Refused(messageKey, args);
    }

    private SignIn.Refused unknownAccount(String phoneInput, String action, String messageKey) {
        String shown = PhoneNumber.parse(phoneInput).map(PhoneNumber::masked).orElse("-");
        operationLog.record(Operation.failed(null, shown, null, action, "no such account"));
        return new SignIn.Refused(messageKey);
    }

    private SignIn.Granted grant(Account account, String action) {
        accounts.recordLogin(account.id(), OffsetDateTime.now(clock));
        operationLog.record(Operation.succeeded(account.id(), AccountService.actorName(account),
                account.role().name(), action).on("account", account.id()));
        return new SignIn.Granted(account);
    }
}
