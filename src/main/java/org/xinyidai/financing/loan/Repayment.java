package org.xinyidai.financing.loan;

import java.math.BigDecimal;
import java.time.LocalDate;

/** 还款: money received against a loan on a day. */
public record Repayment(long loanId, LocalDate paidOn, BigDecimal amount) {
}
