package org.xinyidai.identity.account;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.xinyidai.audit.Operation;
import org.xinyidai.audit.OperationLog;
import org.xinyidai.identity.AccountAdministration;
import org.xinyidai.identity.AccountStatistics;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.EnterpriseRegistered;
import org.xinyidai.identity.AccountStatus;
import org.xinyidai.identity.Role;
import org.xinyidai.identity.sms.SmsCodeService;
import org.xinyidai.identity.sms.SmsPurpose;
import org.xinyidai.shared.PhoneNumber;
import org.xinyidai.shared.Refused;

/**
 * Creating accounts and changing passwords, each one audited. Where an SMS code proves the phone (registration,
 * a forgotten password) the code is checked first, in a transaction of its own: a wrong code counts against the
 * code's tries even though the request is refused and nothing else is kept.
 */
@Service
public class AccountService implements AccountAdministration, AccountStatistics {

    /** The form field a refused SMS code is shown beside. */
    static final String CODE = "code";

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final SmsCodeService smsCodes;
    private final OperationLog operationLog;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    AccountService(Accounts accounts, PasswordEncoder encoder, SmsCodeService smsCodes, OperationLog operationLog,
                   Clock clock, ApplicationEventPublisher events, TransactionTemplate transaction) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.smsCodes = smsCodes;
        this.operationLog = operationLog;
        this.clock = clock;
        this.events = events;
        this.transaction = transaction;
    }

    /**
     * A new enterprise user, who proves the phone number with the registration code, perhaps through a customer
     * manager's QR link ({@code referralCode}). A registered number never received a registration code (its owner
     * was told by SMS instead), so it is refused like any wrong code: the answer does not tell who is registered.
     */
    public Account registerEnterprise(PhoneNumber phone, String code, String password, String siteCode,
                                      String referralCode) {
        if (!smsCodes.verify(phone, SmsPurpose.REGISTER, code) || accounts.existsByPhone(phone.value())) {
            throw Refused.field(CODE, "sms.code.invalid");
        }
        return transaction.execute(status -> {
            long id = insert(new NewAccount(phone, phone.masked(), Role.ENTERPRISE, siteCode, null, null, null, null,
                    password), referralCode);
            Account account = accounts.findById(id).orElseThrow();
            operationLog.record(Operation.succeeded(id, actorName(account), Role.ENTERPRISE.name(), "REGISTER")
                    .on("account", id).withDetail(referralCode == null ? null : "referral " + referralCode));
            events.publishEvent(new EnterpriseRegistered(id, siteCode, referralCode));
            return account;
        });
    }

    @Override
    @Transactional
    public long create(NewAccount account) {
        return insert(account, null);
    }

    @Override
    public long enterpriseUsers(String siteCode) {
        return accounts.countByRoleAndSite(Role.ENTERPRISE, siteCode);
    }

    @Override
    public Optional<AccountView> find(long accountId) {
        return accounts.findById(accountId).map(Account::view);
    }

    @Override
    public List<Long> activeOnSite(Role role, String siteCode) {
        return accounts.activeOnSite(role, siteCode);
    }

    @Override
    public List<AccountView> findAll(Collection<Long> accountIds) {
        return accounts.findAll(accountIds).stream().map(Account::view).toList();
    }

    @Override
    @Transactional
    public void setStatus(long accountId, AccountStatus status) {
        if (status == AccountStatus.REMOVED) {
            throw new IllegalArgumentException("use remove() to remove an account");
        }
        accounts.updateStatus(accountId, status);
    }

    @Override
    @Transactional
    public void remove(long accountId) {
        accounts.remove(accountId, OffsetDateTime.now(clock));
    }

    @Override
    @Transactional
    public void updateStaff(long accountId, String displayName, PhoneNumber phone, Long nodeId, String organisation) {
        accounts.findByPhone(phone.value()).filter(other -> other.id() != accountId).ifPresent(other -> {
            throw new IllegalStateException("An account with this phone number exists");
        });
        accounts.updateStaff(accountId, displayName, phone.value(), nodeId, organisation);
    }

    @Override
    public Optional<Long> findIdByPhone(PhoneNumber phone) {
        return accounts.findByPhone(phone.value()).map(Account::id);
    }

    /**
     * The signed-in user changes their password, giving the current one; refused beside that field when it is
     * wrong.
     */
    @Transactional
    public void changePassword(CurrentUser user, String currentPassword, String newPassword) {
        boolean matches = accounts.findById(user.accountId()).filter(Account::hasPassword)
                .map(a -> encoder.matches(currentPassword, a.passwordHash())).orElse(false);
        if (!matches) {
            throw Refused.field("currentPassword", "password.change.wrongCurrent");
        }
        savePassword(user, newPassword);
    }

    /** A staff member created without a password sets their first one (they signed in by SMS code). */
    @Transactional
    public void setFirstPassword(CurrentUser user, String newPassword) {
        savePassword(user, newPassword);
    }

    private void savePassword(CurrentUser user, String newPassword) {
        accounts.updatePassword(user.accountId(), encoder.encode(newPassword), OffsetDateTime.now(clock));
        operationLog.record(actor(user, user.mustSetPassword() ? "PASSWORD_SET" : "PASSWORD_CHANGE")
                .on("account", user.accountId()));
    }

    /**
     * Forgot password: the owner proves the phone number with the reset code; clears a lockout. An unknown number
     * never received a reset code, so it is refused like a wrong code (the answer does not tell who has an account).
     */
    public void resetPassword(PhoneNumber phone, String code, String newPassword) {
        boolean proven = smsCodes.verify(phone, SmsPurpose.RESET_PASSWORD, code);
        Account account = accounts.findByPhone(phone.value()).filter(found -> proven)
                .orElseThrow(() -> Refused.field(CODE, "sms.code.invalid"));
        transaction.executeWithoutResult(status -> {
            accounts.updatePassword(account.id(), encoder.encode(newPassword), OffsetDateTime.now(clock));
            operationLog.record(Operation.succeeded(account.id(), actorName(account), account.role().name(),
                    "PASSWORD_RESET").on("account", account.id()));
        });
    }

    private long insert(NewAccount a, String referralCode) {
        if (accounts.existsByPhone(a.phone().value())) {
            throw new IllegalStateException("An account with this phone number exists");
        }
        boolean staffWithoutPassword = a.role().isStaff() && a.initialPassword() == null;
        return accounts.insert(new Account(0, a.phone().value(), a.displayName(),
                a.initialPassword() == null ? null : encoder.encode(a.initialPassword()), a.role(),
                a.status(), staffWithoutPassword, 0, null, a.siteCode(), a.regionCode(), a.institutionId(),
                a.nodeId(), a.organisation(), OffsetDateTime.now(clock), null, referralCode));
    }

    static String actorName(Account account) {
        return account.displayName() + " (" + account.maskedPhone() + ")";
    }

    static Operation actor(CurrentUser user, String action) {
        return user.did(action);
    }
}
