package org.xinyidai.financing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Money was lent on an order (one of possibly several disbursements against its line); amount in yuan. */
public record LoanDisbursed(long orderId, String orderNo, long loanId, long enterpriseId, long institutionId,
                            BigDecimal amount, LocalDate disbursedOn) {
}
