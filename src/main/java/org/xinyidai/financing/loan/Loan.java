package org.xinyidai.financing.loan;

import org.xinyidai.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.xinyidai.product.RepaymentMethod;

/** 放款: one draw on a line, its terms, and where it stands (五级分类, days past due, settled). */
public record Loan(long id, long orderId, BigDecimal amount, LocalDate disbursedOn, BigDecimal annualRate,
                   int termMonths, RepaymentMethod method, LoanClass loanClass, int daysPastDue, LocalDate settledOn) {

    public BigDecimal amountWan() {
        return Money.wan(amount);
    }

    public boolean settled() {
        return settledOn != null;
    }
}
