package org.xinyidai.financing;

import java.time.LocalDate;
import org.xinyidai.shared.Money;

/** Money was lent on an order (one of possibly several disbursements against its line). */
public record LoanDisbursed(long orderId, String orderNo, long loanId, long enterpriseId, long institutionId,
                            Money amount, LocalDate disbursedOn) {
}
