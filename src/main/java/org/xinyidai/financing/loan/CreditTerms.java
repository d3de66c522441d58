package org.xinyidai.financing.loan;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a manager grants when approving (授信): the line in 万元, the annual rate (%), term and validity. */
public record CreditTerms(BigDecimal lineWan, BigDecimal annualRate, int termMonths, LocalDate validUntil) {
}
