package org.xinyidai.financing.order;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.xinyidai.financing.OrderChannel;

/** What an order is, fixed when it was made: who asked, at which institution, for what; the amount in yuan. */
record OrderFacts(long id, String orderNo, String siteCode, long enterpriseId, String enterpriseName,
                  String enterpriseRegion, long applicantAccount, String contactName, String contactPhone,
                  long institutionId, Long productId, String productName, Long demandId, OrderChannel channel,
                  BigDecimal amount, int termMonths, String purpose, LocalDateTime submittedAt,
                  LocalDateTime acceptDeadline) {
}
