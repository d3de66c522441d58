package org.xinyidai.institution;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Order figures for a node or a customer manager over one month (笔数 and 万元): received, accepted,
 * approved and disbursed.
 */
public record Performance(long received, long accepted, long approved, long disbursed, BigDecimal approvedWan,
                          BigDecimal disbursedWan) {

    public static final Performance NONE = new Performance(0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO);

    /** Disbursed orders per order received, in percent; {@code null} when nothing was received. */
    public BigDecimal successRate() {
        if (received == 0) {
            return null;
        }
        return BigDecimal.valueOf(disbursed * 100).divide(BigDecimal.valueOf(received), 1, RoundingMode.HALF_UP);
    }
}
