package org.xinyidai.credit;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a credit record comes from (DOMAIN.md "Credit data"): one file template and one feed path per source.
 * Adverse sources count against an enterprise, for the retention window after their end.
 */
public enum CreditSource {
    REGISTRATION("registration", false),
    LICENCE("licence", false),
    PENALTY("penalty", true),
    DISHONESTY("dishonesty", true),
    ABNORMAL_OPERATION("abnormal-operation", true),
    TAX_GRADE("tax-grade", false),
    TAXES_PAID("taxes-paid", false),
    SOCIAL_INSURANCE("social-insurance", false),
    HOUSING_FUND("housing-fund", false),
    UTILITIES("utilities", false),
    COURT_ENFORCEMENT("court-enforcement", true),
    HONOURS("honours", false),
    CUSTOMS("customs", false);

    private final String code;
    private final boolean adverse;

    CreditSource(String code, boolean adverse) {
        this.code = code;
        this.adverse = adverse;
    }

    /** The source's name in URLs, file names and the feed ({@code taxes-paid}). */
    public String code() {
        return code;
    }

    /** Records of this source count against the enterprise (utilities only when in arrears). */
    public boolean adverse() {
        return adverse;
    }

    public String labelKey() {
        return "credit.source." + name();
    }

    public static Optional<CreditSource> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
