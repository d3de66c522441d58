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
import org.xinyidai.audit.Operation;
import org.xinyidai.audit.OperationLog;
import org.xinyidai.identity.AccountAdministration;
import org.xinyidai.identity.AccountStatistics;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.EnterpriseRegistered;
import org.xinyidai.identity.AccountStatus;
import org.xinyidai.identity.Role;
import org.xinyidai.shared.PhoneNumber;

/** Creating accounts, changing passwords and enabling or disabling accounts, each one audited. */
@Service
public class AccountService implements AccountAdministration, AccountStatistics {

    private final Accounts accounts;
    private final PasswordEncoder encoder;
    private final OperationLog operationLog;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AccountService(Accounts accounts, PasswordEncoder encoder, OperationLog operationLog, Clock clock,
                   ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.operationLog = operationLog;
        this.clock = clock;
        this.events = events;
    }

    /**
     * A new enterprise user, who proved the phone number with an SMS code, perhaps through a customer
     * manager's QR link ({@code referralCode}).
     */
    @Transactional
    public Account registerEnterprise(PhoneNumber phone, String password, String siteCode, String referralCode) {
        long id = insert(new NewAccount(phone, phone.masked(), Role.ENTERPRISE, siteCode, null, null, null, null,
                password), referralCode);
        Account account = accounts.findById(id).orElseThrow();
        operationLog.record(Operation.succeeded(id, actorName(account), Role.ENTERPRISE.name(), "REGISTER")
                .on("account", id).withDetail(referralCode == null ? null : "referral " + referralCode));
        events.publishEvent(new EnterpriseRegistered(id, siteCode, referralCode));
        return account;
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

    /** An admin creates a staff account; its owner sets a password at first login. */
    @Transactional
    public long createStaff(NewAccount account, CurrentUser admin) {
        long id = insert(account, null);
        operationLog.record(actor(admin, "ACCOUNT_CREATE").on("account", id)
                .withDetail(account.role().name() + " " + account.phone().masked()));
        return id;
    }

    @Override
    public Optional<Long> findIdByPhone(PhoneNumber phone) {
        return accounts.findByPhone(phone.value()).map(Account::id);
    }

    public boolean exists(PhoneNumber phone) {
        return accounts.existsByPhone(phone.value());
    }

    public boolean passwordMatches(long accountId, String password) {
        return accounts.findById(accountId).filter(Account::hasPassword)
                .map(a -> encoder.matches(password, a.passwordHash())).orElse(false);
    }

    /** The signed-in user changes (or, at first login, sets) their password. */
    @Transactional
    public void changePassword(CurrentUser user, String newPassword) {
        accounts.updatePassword(user.accountId(), encoder.encode(newPassword), OffsetDateTime.now(clock));
        operationLog.record(actor(user, user.mustSetPassword() ? "PASSWORD_SET" : "PASSWORD_CHANGE")
                .on("account", user.accountId()));
    }

    /** Forgot password: the owner proved the phone number with an SMS code. Clears a lockout. */
    @Transactional
    public void resetPassword(Account account, String newPassword) {
        accounts.updatePassword(account.id(), encoder.encode(newPassword), OffsetDateTime.now(clock));
        operationLog.record(Operation.succeeded(account.id(), actorName(account), account.role().name(),
                "PASSWORD_RESET").on("account", account.id()));
    }

    /**
     * The platform admin enables or disables an account (approval stays with the institution, removal too).
     * An account its institution removed stays removed: answers false and changes nothing.
     */
    @Transactional
    public boolean setStatusByAdmin(long accountId, AccountStatus status, CurrentUser admin) {
        boolean allowed = status == AccountStatus.ACTIVE || status == AccountStatus.DISABLED;
        if (!allowed || !accounts.updateStatus(accountId, status)) {
            return false;
        }
        operationLog.record(actor(admin, status == AccountStatus.DISABLED ? "ACCOUNT_DISABLE" : "ACCOUNT_ENABLE")
                .on("account", accountId));
        return true;
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
