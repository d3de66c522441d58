package org.xinyidai.financing.loan;

import java.time.LocalDate;
import org.xinyidai.product.RepaymentMethod;
import org.xinyidai.shared.Money;
import org.xinyidai.shared.Rate;

/** What a manager records when lending (放款): the amount and the loan's terms. */
public record Disbursement(Money amount, LocalDate disbursedOn, Rate annualRate, int termMonths,
                           RepaymentMethod method) {
}
