package org.xinyidai.financing.loan;

import java.math.BigDecimal;
import java.util.List;

/** A loan with its schedule and repayments, as the order pages show it. */
public record LoanView(Loan loan, List<ScheduledInstallment> schedule, List<Repayment> repayments) {

    /** Principal and interest not yet repaid. */
    public BigDecimal outstanding() {
        return schedule.stream().map(ScheduledInstallment::outstanding).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal totalInterest() {
        return schedule.stream().map(ScheduledInstallment::interest).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
