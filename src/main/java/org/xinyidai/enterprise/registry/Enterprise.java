package org.xinyidai.enterprise.company;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.xinyidai.enterprise.AuthenticationStatus;
import org.xinyidai.enterprise.EnterpriseSummary;
import org.xinyidai.enterprise.SizingCategory;
import org.xinyidai.shared.admission.EnterpriseSize;
import org.xinyidai.shared.admission.IndustrySection;

/**
 * An enterprise with everything the module's pages show. The legal representative's ID number is only
 * here masked.
 */
public record Company(long id, String siteCode, String name, String uscc, boolean usccCheckOk, String legalRepName,
                      String legalRepIdMasked, BigDecimal registeredCapitalWan, LocalDate establishedOn,
                      IndustrySection industry, SizingCategory sizingCategory, String regionCode, String address,
                      int employees, BigDecimal annualRevenueWan, BigDecimal totalAssetsWan, EnterpriseSize size,
                      AuthenticationStatus authentication, OffsetDateTime reviewRequestedAt,
                      OffsetDateTime authenticatedAt, String rejectionReason, long createdBy,
                      OffsetDateTime createdAt, int version) {

    /** Data may be changed only before authentication is asked for or given. */
    public boolean editable() {
        return authentication == AuthenticationStatus.UNVERIFIED || authentication == AuthenticationStatus.REJECTED;
    }

    public boolean authenticated() {
        return authentication == AuthenticationStatus.AUTHENTICATED;
    }

    public EnterpriseSummary summary() {
        return new EnterpriseSummary(id, siteCode, name, uscc, regionCode, industry, size, authentication,
                establishedOn, legalRepName);
    }
}
