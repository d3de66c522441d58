package org.xinyidai.identity;

import java.util.Optional;
import org.xinyidai.shared.PhoneNumber;

/**
 * Creation of accounts by admins and by the demo data. Staff never register themselves: a staff account
 * created without a password belongs to someone who signs in by SMS code and sets a password first.
 */
public interface AccountAdministration {

    /**
     * Creates an account.
     *
     * @throws IllegalStateException when the phone number already has an account
     */
    long create(NewAccount account);

    Optional<Long> findIdByPhone(PhoneNumber phone);

    /**
     * @param initialPassword the password, or {@code null} for a staff member who sets one at first login
     */
    record NewAccount(PhoneNumber phone, String displayName, Role role, String siteCode, String regionCode,
                      Long institutionId, Long nodeId, String organisation, String initialPassword) {

        public static NewAccount staff(PhoneNumber phone, String displayName, Role role) {
            return new NewAccount(phone, displayName, role, null, null, null, null, null, null);
        }

        public NewAccount withSite(String code) {
            return new NewAccount(phone, displayName, role, code, regionCode, institutionId, nodeId, organisation,
                    initialPassword);
        }

        public NewAccount withRegion(String code) {
            return new NewAccount(phone, displayName, role, siteCode, code, institutionId, nodeId, organisation,
                    initialPassword);
        }

        public NewAccount withNode(long institution, long node) {
            return new NewAccount(phone, displayName, role, siteCode, regionCode, institution, node, organisation,
                    initialPassword);
        }

        public NewAccount withOrganisation(String name) {
            return new NewAccount(phone, displayName, role, siteCode, regionCode, institutionId, nodeId, name,
                    initialPassword);
        }

        public NewAccount withPassword(String password) {
            return new NewAccount(phone, displayName, role, siteCode, regionCode, institutionId, nodeId, organisation,
                    password);
        }
    }
}
