package org.xinyidai.institution;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.xinyidai.shared.Money;

/**
 * Order figures for a node or a customer manager over one month: received, accepted, approved and disbursed
 * (笔数), and the amounts approved and disbursed (shown in 万元, {@link Money#inWan()}).
 */
public record Performance(long received, long accepted, long approved, long disbursed, Money approvedAmount,
                          Money disbursedAmount) {

    public static final Performance NONE = new Performance(0, 0, 0, 0, Money.ZERO, Money.ZERO);

    /**
     * Disbursed orders per order received, in percent with one decimal ("33.3"); {@code null} when nothing was
     * received.
     */
    public String successRate() {
        if (received == 0) {
            return null;
        }
        return BigDecimal.valueOf(disbursed * 100).divide(BigDecimal.valueOf(received), 1, RoundingMode.HALF_UP)
                .toPlainString();
    }
}
