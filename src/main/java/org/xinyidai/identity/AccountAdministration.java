package org.xinyidai.identity;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.xinyidai.shared.Masking;
import org.xinyidai.shared.PhoneNumber;

/**
 * Accounts as other modules manage them: the institution module opens and edits its staff's accounts,
 * the demo data creates its people. Staff never register themselves: a staff account created without a
 * password belongs to someone who signs in by SMS code and sets a password first. Callers write their
 * own operation-log entries; these methods do not.
 */
public interface AccountAdministration {

    /**
     * Creates an account.
     *
     * @throws IllegalStateException when the phone number already has an account
     */
    long create(NewAccount account);

    Optional<Long> findIdByPhone(PhoneNumber phone);

    Optional<AccountView> find(long accountId);

    List<AccountView> findAll(Collection<Long> accountIds);

    /** The active accounts of one role on one city site (e.g. the advisors who review its enterprises). */
    List<Long> activeOnSite(Role role, String siteCode);

    /** Approves (ACTIVE), or disables, or re-enables an account; a removed account stays removed. */
    void setStatus(long accountId, AccountStatus status);

    /**
     * Removes a staff account for good (the institution deleted the person): it can no longer sign in or be
     * re-enabled, and its phone number may be given to a new account.
     */
    void remove(long accountId);

    /**
     * Changes a staff member's name, phone number, branch node and organisation line.
     *
     * @throws IllegalStateException when the new phone number belongs to another account
     */
    void updateStaff(long accountId, String displayName, PhoneNumber phone, Long nodeId, String organisation);

    /** An account as other modules see it; the phone number is there for SMS and masked display. */
    record AccountView(long id, String phone, String displayName, Role role, AccountStatus status,
                       boolean mustSetPassword, Long institutionId, Long nodeId, String organisation,
                       OffsetDateTime lastLoginAt) {

        public String maskedPhone() {
            return Masking.phone(phone);
        }
    }

    /**
     * @param initialPassword the password, or {@code null} for a staff member who sets one at first login
     * @param status          ACTIVE for most; PENDING for customer managers awaiting approval
     */
    record NewAccount(PhoneNumber phone, String displayName, Role role, String siteCode, String regionCode,
                      Long institutionId, Long nodeId, String organisation, String initialPassword,
                      AccountStatus status) {

        public NewAccount(PhoneNumber phone, String displayName, Role role, String siteCode, String regionCode,
                          Long institutionId, Long nodeId, String organisation, String initialPassword) {
            this(phone, displayName, role, siteCode, regionCode, institutionId, nodeId, organisation, initialPassword,
                    AccountStatus.ACTIVE);
        }

        public static NewAccount staff(PhoneNumber phone, String displayName, Role role) {
            return new NewAccount(phone, displayName, role, null, null, null, null, null, null);
        }

        public NewAccount withSite(String code) {
            return new NewAccount(phone, displayName, role, code, regionCode, institutionId, nodeId, organisation,
                    initialPassword, status);
        }

        public NewAccount withRegion(String code) {
            return new NewAccount(phone, displayName, role, siteCode, code, institutionId, nodeId, organisation,
                    initialPassword, status);
        }

        public NewAccount withNode(long institution, long node) {
            return new NewAccount(phone, displayName, role, siteCode, regionCode, institution, node, organisation,
                    initialPassword, status);
        }

        public NewAccount withOrganisation(String name) {
            return new NewAccount(phone, displayName, role, siteCode, regionCode, institutionId, nodeId, name,
                    initialPassword, status);
        }

        public NewAccount withPassword(String password) {
            return new NewAccount(phone, displayName, role, siteCode, regionCode, institutionId, nodeId, organisation,
                    password, status);
        }

        public NewAccount withStatus(AccountStatus initial) {
            return new NewAccount(phone, displayName, role, siteCode, regionCode, institutionId, nodeId, organisation,
                    initialPassword, initial);
        }
    }
}
