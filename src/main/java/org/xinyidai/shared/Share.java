package org.xinyidai.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A part of a whole as a percentage with one decimal, the way the consoles show a rate (成功率: orders lent on of
 * those received).
 */
public record Share(long part, long whole) {

    public Share {
        if (whole <= 0 || part < 0) {
            throw new IllegalArgumentException("A share is a part of a positive whole: " + part + "/" + whole);
        }
    }

    /** A share of the whole, or none when the whole is nothing (no rate to show: "-"). */
    public static Share ofOrNone(long part, long whole) {
        return whole <= 0 ? null : new Share(part, whole);
    }

    /** The percentage as the consoles show it: 50.0, 33.3. */
    public String percentText() {
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
                .toPlainString();
    }
}
