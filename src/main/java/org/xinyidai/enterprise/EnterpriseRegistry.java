package org.xinyidai.enterprise;

/** Seeding for the demo data: enterprises bound to an account, idempotent by USCC. */
public interface EnterpriseRegistry {

    /** The enterprise (added if its USCC is new) bound to the account and AUTHENTICATED; answers its id. */
    long ensureAuthenticated(long accountId, String siteCode, NewEnterprise enterprise);

    /** The enterprise (added UNVERIFIED if its USCC is new) bound to the account; answers its id. */
    long ensureAdded(long accountId, String siteCode, NewEnterprise enterprise);
}
