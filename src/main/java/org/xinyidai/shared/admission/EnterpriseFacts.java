package org.xinyidai.shared.admission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;

/**
 * What is known about an enterprise when a rule is checked; {@code null} means not known (yet), which
 * makes the condition UNKNOWN rather than failed.
 *
 * @param annualRevenueWan annual revenue in 万元
 */
public record EnterpriseFacts(LocalDate establishedOn, TaxCreditGrade taxCreditGrade, BigDecimal annualRevenueWan,
                              IndustrySection industry, String regionCode, EnterpriseSize size,
                              CreditGrade creditGrade, Boolean onDishonestyList) {

    /** Whole years in business on a day; null when the founding date is unknown. */
    public Integer yearsInBusiness(LocalDate today) {
        return establishedOn == null ? null : Period.between(establishedOn, today).getYears();
    }
}
