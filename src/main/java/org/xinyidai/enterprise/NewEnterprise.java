package org.xinyidai.enterprise;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.xinyidai.shared.ResidentIdNumber;
import org.xinyidai.shared.Uscc;
import org.xinyidai.shared.admission.IndustrySection;

/**
 * An enterprise as it is entered (the form, or the demo data).
 *
 * @param registeredCapitalWan registered capital, 万元
 * @param annualRevenueWan     annual operating revenue, 万元
 * @param totalAssetsWan       total assets, 万元
 */
public record NewEnterprise(String name, Uscc uscc, String legalRepName, ResidentIdNumber legalRepId,
                            BigDecimal registeredCapitalWan, LocalDate establishedOn, IndustrySection industry,
                            SizingCategory sizingCategory, String regionCode, String address, int employees,
                            BigDecimal annualRevenueWan, BigDecimal totalAssetsWan) {
}
