package org.xinyidai.identity;

/** Counts of accounts for public figures. */
public interface AccountStatistics {

    /** Enterprise users registered on a city site. */
    long enterpriseUsers(String siteCode);
}
