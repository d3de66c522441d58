package org.xinyidai.institution;

import org.xinyidai.shared.Money;
import org.xinyidai.shared.Share;

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
        Share rate = Share.ofOrNone(disbursed, received);
        return rate == null ? null : rate.percentText();
    }
}
