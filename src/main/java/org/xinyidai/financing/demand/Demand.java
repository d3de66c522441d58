package org.xinyidai.financing.demand;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.xinyidai.product.GuaranteeMethod;
import org.xinyidai.shared.Masking;

/**
 * A financing demand (融资需求) as its pages show it.
 *
 * @param amount  yuan, shown in 万元
 * @param maxRate the highest annual rate the enterprise accepts, in percent
 */
public record Demand(long id, String siteCode, long enterpriseId, String enterpriseName, String regionCode,
                     long accountId, BigDecimal amount, int termMonths, String purpose,
                     List<GuaranteeMethod> guaranteeMethods, BigDecimal maxRate, LocalDate neededBy,
                     String contactName, String contactPhone, String note, DemandStatus status,
                     LocalDateTime createdAt, LocalDateTime updatedAt, int version) {

    public Demand {
        guaranteeMethods = List.copyOf(guaranteeMethods);
    }

    public BigDecimal amountWan() {
        return amount.movePointLeft(4).stripTrailingZeros();
    }

    public String maxRateText() {
        return maxRate.stripTrailingZeros().toPlainString();
    }

    public String maskedContactPhone() {
        return Masking.phone(contactPhone);
    }
}
