package org.xinyidai.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An annual interest rate in percent with four decimals (DESIGN §5): {@code Rate.ofPercent("4.35")} is
 * 4.35% a year. Shown as "4.35%".
 */
public record Rate(BigDecimal percent) implements Comparable<Rate> {

    public Rate {
        if (percent == null) {
            throw new IllegalArgumentException("A rate is required");
        }
        percent = percent.setScale(4, RoundingMode.HALF_UP);
    }

    public static Rate ofPercent(String percent) {
        return new Rate(new BigDecimal(percent));
    }

    /** The rate as a fraction a year: 4.35% → 0.0435. */
    public BigDecimal annualFraction() {
        return percent.movePointLeft(2);
    }

    /** For screens: without trailing zeros, at least two decimals — 4.3500 → "4.35", 4 → "4.00". */
    public String text() {
        BigDecimal shown = percent.stripTrailingZeros();
        return (shown.scale() < 2 ? shown.setScale(2, RoundingMode.UNNECESSARY) : shown).toPlainString();
    }

    @Override
    public int compareTo(Rate other) {
        return percent.compareTo(other.percent);
    }

    @Override
    public String toString() {
        return text() + "%";
    }
}
