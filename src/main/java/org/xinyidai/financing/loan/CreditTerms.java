package org.xinyidai.financing.loan;

import java.time.LocalDate;
import org.xinyidai.shared.Money;
import org.xinyidai.shared.Rate;

/** What a manager grants when approving (授信): the line, the annual rate, term and validity. */
public record CreditTerms(Money line, Rate annualRate, int termMonths, LocalDate validUntil) {
}
