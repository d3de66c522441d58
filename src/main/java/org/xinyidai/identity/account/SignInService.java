package org.xinyidai.identity.account;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.xinyidai.audit.Operation;
import org.xinyidai.audit.OperationLog;
import org.xinyidai.identity.sms.SmsCodeService;
import org.xinyidai.identity.sms.SmsPurpose;
import org.xinyidai.shared.PhoneNumber;
import org.xinyidai.shared.Refused;

/**
 * Sign-in by password, by SMS code, and the staff second factor. Wrong passwords and codes count
 * towards the lockout; every success, failure and lockout goes to the operation log. Each step answers where its
 * message belongs: the password tab above the form, a code beside the code field ({@link #CODE}).
 */
@Service
public class SignInService {

    /** The form field a denied code is shown beside. */
    static final String CODE = "code";

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final SmsCodeService smsCodes;
    private final OperationLog operationLog;
    private final IdentityProperties properties;
    private final Clock clock;
    /** A hash of a random password nobody knows, checked when the number has no password to check. */
    private final String stranger;

    SignInService(Accounts accounts, PasswordEncoder encoder, SmsCodeService smsCodes, OperationLog operationLog,
                  IdentityProperties properties, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.smsCodes = smsCodes;
        this.operationLog = operationLog;
        this.properties = properties;
        this.clock = clock;
        this.stranger = encoder.encode(UUID.randomUUID().toString());
    }

    /**
     * Registered or not, a wrong password gets the same words and costs the same BCrypt check, so neither the
     * answer nor its time tells who has an account. What only the account's owner may learn (disabled, awaiting
     * approval) is said only after the right password.
     */
    public SignIn withPassword(String phoneInput, String password) {
        Optional<Account> found = PhoneNumber.parse(phoneInput).flatMap(p -> accounts.findByPhone(p.value()));
        boolean matches = passwordMatches(found.filter(Account::hasPassword), password);
        if (found.isEmpty()) {
            return unknownAccount(phoneInput, "LOGIN_PASSWORD", null, "login.wrongPassword");
        }
        Account account = found.get();
        Optional<SignIn.Denied> locked = locked(account, "LOGIN_PASSWORD", null);
        if (locked.isPresent()) {
            return locked.get();
        }
        if (!matches) {
            return wrongSecret(account, "LOGIN_PASSWORD", account.hasPassword() ? "wrong password" : "no password set",
                    null, "login.wrongPassword", false);
        }
        Optional<SignIn.Denied> blocked = blocked(account, "LOGIN_PASSWORD", null);
        if (blocked.isPresent()) {
            return blocked.get();
        }
        if (account.role().isStaff() && properties.staffSecondFactor()) {
            return new SignIn.SecondFactorRequired(account);
        }
        return grant(account, "LOGIN_PASSWORD");
    }

    /** Like the password: the same answer for a wrong code whether the number is registered or not. */
    public SignIn withSmsCode(PhoneNumber phone, String code) {
        Optional<Account> found = accounts.findByPhone(phone.value());
        boolean matches = smsCodes.verify(phone, SmsPurpose.LOGIN, code);
        if (found.isEmpty()) {
            return unknownAccount(phone.value(), "LOGIN_SMS", CODE, "sms.code.invalid");
        }
        Account account = found.get();
        Optional<SignIn.Denied> locked = locked(account, "LOGIN_SMS", CODE);
        if (locked.isPresent()) {
            return locked.get();
        }
        if (!matches) {
            return wrongSecret(account, "LOGIN_SMS", "wrong code", CODE, "sms.code.invalid", false);
        }
        Optional<SignIn.Denied> blocked = blocked(account, "LOGIN_SMS", CODE);
        if (blocked.isPresent()) {
            return blocked.get();
        }
        return grant(account, "LOGIN_SMS");
    }

    /** The second step of a staff password sign-in: the person is known by now, so the tries left are shown. */
    public SignIn withSecondFactor(long accountId, String code) {
        Account account = accounts.findById(accountId).orElseThrow();
        Optional<SignIn.Denied> blocked = locked(account, "LOGIN_SECOND_FACTOR", CODE).or(() -> blocked(account,
                "LOGIN_SECOND_FACTOR", CODE));
        if (blocked.isPresent()) {
            return blocked.get();
        }
        if (!smsCodes.verify(new PhoneNumber(account.phone()), SmsPurpose.SECOND_FACTOR, code)) {
            return wrongSecret(account, "LOGIN_SECOND_FACTOR", "wrong code", CODE, "sms.code.invalid", true);
        }
        return grant(account, "LOGIN_SECOND_FACTOR");
    }

    public void recordLogout(long accountId) {
        accounts.findById(accountId).ifPresent(account -> operationLog.record(Operation.succeeded(account.id(),
                AccountService.actorName(account), account.role().name(), "LOGOUT").on("account", account.id())));
    }

    /**
     * BCrypt against the account's hash, or against a stand-in hash of the same cost when there is none, so
     * that an unknown number takes as long as a known one.
     */
    private boolean passwordMatches(Optional<Account> withPassword, String password) {
        String hash = withPassword.map(Account::passwordHash).orElse(stranger);
        return encoder.matches(password == null ? "" : password, hash) && withPassword.isPresent();
    }

    private Optional<SignIn.Denied> locked(Account account, String action, String field) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (account.isLockedAt(now)) {
            long minutes = Math.max(1, Duration.between(now, account.lockedUntil()).toMinutes() + 1);
            return Optional.of(refuse(account, action, "account locked", true,
                    refusal(field, "login.locked", minutes)));
        }
        return Optional.empty();
    }

    private Optional<SignIn.Denied> blocked(Account account, String action, String field) {
        if (account.isDisabled()) {
            return Optional.of(refuse(account, action, "account disabled", true, refusal(field, "login.disabled")));
        }
        if (account.isPending()) {
            return Optional.of(refuse(account, action, "account awaiting approval", false,
                    refusal(field, "login.pending")));
        }
        return Optional.empty();
    }

    private SignIn.Denied wrongSecret(Account account, String action, String why, String field, String messageKey,
                                      boolean showTriesLeft) {
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
            return new SignIn.Denied(refusal(field, "login.locked", properties.lockout().toMinutes()), true);
        }
        accounts.recordFailure(account.id(), failures, null);
        operationLog.record(Operation.failed(account.id(), AccountService.actorName(account), account.role().name(),
                action, why).on("account", account.id()));
        return new SignIn.Denied(showTriesLeft
                ? refusal(field, messageKey + ".remaining", properties.maxFailedAttempts() - failures)
                : refusal(field, messageKey), false);
    }

    private SignIn.Denied refuse(Account account, String action, String why, boolean startOver, Refused reason) {
        operationLog.record(Operation.failed(account.id(), AccountService.actorName(account), account.role().name(),
                action, why).on("account", account.id()));
        return new SignIn.Denied(reason, startOver);
    }

    private SignIn.Denied unknownAccount(String phoneInput, String action, String field, String messageKey) {
        String shown = PhoneNumber.parse(phoneInput).map(PhoneNumber::masked).orElse("-");
        operationLog.record(Operation.failed(null, shown, null, action, "no such account"));
        return new SignIn.Denied(refusal(field, messageKey), false);
    }

    /** Beside {@code field}, or above the form when it is null. */
    private static Refused refusal(String field, String messageKey, Object... args) {
        return field == null ? new Refused(messageKey, args) : Refused.field(field, messageKey, args);
    }

    private SignIn.Granted grant(Account account, String action) {
        accounts.recordLogin(account.id(), OffsetDateTime.now(clock));
        operationLog.record(Operation.succeeded(account.id(), AccountService.actorName(account),
                account.role().name(), action).on("account", account.id()));
        return new SignIn.Granted(account);
    }
}
