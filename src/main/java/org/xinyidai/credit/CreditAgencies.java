package org.xinyidai.credit;

/** What other modules (the demo data) do with credit agencies' directory profiles. */
public interface CreditAgencies {

    /** Stores the profile unless the agency has one already (seeding never overwrites what an agency wrote). */
    void ensureProfile(AgencyProfile profile);
}
