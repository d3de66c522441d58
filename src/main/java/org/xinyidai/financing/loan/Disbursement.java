package org.xinyidai.financing.loan;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.xinyidai.product.RepaymentMethod;

/** What a manager records when lending (放款): the amount in 万元 and the loan's terms. */
public record Disbursement(BigDecimal amountWan, LocalDate disbursedOn, BigDecimal annualRate, int termMonths,
                           RepaymentMethod method) {
}
