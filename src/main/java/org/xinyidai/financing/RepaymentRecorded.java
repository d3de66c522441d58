package org.xinyidai.financing;

import java.time.LocalDate;
import org.xinyidai.shared.Money;

/** A repayment was recorded on a loan. {@code settled}: the loan is paid off with it. */
public record RepaymentRecorded(long orderId, String orderNo, long loanId, long enterpriseId, long institutionId,
                                Money amount, LocalDate paidOn, boolean settled) {
}
