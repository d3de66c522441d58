package org.xinyidai.institution;

/** Kinds of financial institution (单位类型), as the onboarding form lists them. */
public enum InstitutionType {
    POLICY_BANK, LARGE_STATE_BANK, JOINT_STOCK_BANK, CITY_COMMERCIAL_BANK, RURAL_COMMERCIAL_BANK, FOREIGN_BANK,
    GUARANTEE_COMPANY, INSURER, MICRO_LENDER, LEASING, FACTORING;

    public String labelKey() {
        return "institution.type." + name();
    }
}
