package org.xinyidai.identity;

import java.io.Serializable;
import org.xinyidai.audit.Operation;
import org.xinyidai.shared.Masking;

/**
 * The signed-in person, as every module sees them: the account, its role and where it belongs.
 * Held in the session; obtain it with {@code @AuthenticationPrincipal CurrentUser user}.
 *
 * @param siteCode       the city site of an advisor (and the site an account registered on)
 * @param regionCode     the city or district of a government officer
 * @param institutionId  the institution of an institution role
 * @param nodeId         the branch node of an institution role (head office for the HQ admin)
 * @param organisation   a department or company name shown with the account
 * @param mustSetPassword staff created by an admin set their own password before anything else
 */
public record CurrentUser(long accountId, String phone, String displayName, Role role, String siteCode,
                          String regionCode, Long institutionId, Long nodeId, String organisation,
                          boolean mustSetPassword) implements Serializable {

    /** The account's id, typed for signatures where it meets another id. */
    public AccountId account() {
        return new AccountId(accountId);
    }

    public String maskedPhone() {
        return Masking.phone(phone);
    }

    /** How this person appears in the operation log. */
    public String actorName() {
        return displayName + " (" + maskedPhone() + ")";
    }

    /** An operation-log entry for something this person did successfully. */
    public Operation did(String action) {
        return Operation.succeeded(accountId, actorName(), role.name(), action);
    }

    public CurrentUser withPasswordSet() {
        return new CurrentUser(accountId, phone, displayName, role, siteCode, regionCode, institutionId, nodeId,
                organisation, false);
    }
}
