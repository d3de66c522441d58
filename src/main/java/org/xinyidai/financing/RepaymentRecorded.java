package org.xinyidai.financing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A repayment was recorded on a loan; amount in yuan. {@code settled}: the loan is paid off with it. */
public record RepaymentRecorded(long orderId, String orderNo, long loanId, long enterpriseId, long institutionId,
                                BigDecimal amount, LocalDate paidOn, boolean settled) {
}
