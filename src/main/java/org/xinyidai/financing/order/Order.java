package org.xinyidai.financing.order;

import org.xinyidai.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.xinyidai.financing.OrderChannel;
import org.xinyidai.financing.OrderStatus;
import org.xinyidai.shared.Masking;

/** One financing order as its pages show it; the amount is in yuan, shown in 万元. */
public record Order(long id, String orderNo, String siteCode, long enterpriseId, String enterpriseName,
                    String enterpriseRegion, long applicantAccount, String contactName, String contactPhone,
                    long institutionId, long nodeId, String nodePath, Long managerAccount, String managerName,
                    Long productId, String productName, Long demandId, OrderChannel channel, BigDecimal amount,
                    int termMonths, String purpose, OrderStatus status, LocalDateTime submittedAt,
                    LocalDateTime acceptDeadline, LocalDateTime updatedAt, int version) {

    public BigDecimal amountWan() {
        return Money.wan(amount);
    }

    public String maskedContactPhone() {
        return Masking.phone(contactPhone);
    }

    public boolean assignedTo(long accountId) {
        return managerAccount != null && managerAccount == accountId;
    }
}
