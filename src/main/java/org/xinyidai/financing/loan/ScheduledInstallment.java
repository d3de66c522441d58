package org.xinyidai.financing.loan;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One installment of a loan's schedule as stored, with what has been repaid of it. */
public record ScheduledInstallment(long loanId, int number, LocalDate dueDate, BigDecimal principal,
                                   BigDecimal interest, BigDecimal amount, BigDecimal balanceAfter, BigDecimal paid,
                                   LocalDate paidOn) implements Due {

    @Override
    public BigDecimal outstanding() {
        return amount.subtract(paid);
    }

    public boolean fullyPaid() {
        return paid.compareTo(amount) >= 0;
    }

    /** Due before a day and not fully repaid. */
    public boolean overdueOn(LocalDate day) {
        return !fullyPaid() && dueDate.isBefore(day);
    }
}
