package org.xinyidai.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of yuan with exactly two decimals. Screens about loans show 万元 ({@link #inWan()}).
 */
public record Money(BigDecimal yuan) implements Comparable<Money> {

    public static final Money ZERO = new Money(BigDecimal.ZERO);
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    public Money {
        if (yuan == null) {
            throw new IllegalArgumentException("Amount is required");
        }
        yuan = yuan.setScale(2, RoundingMode.HALF_UP);
    }

    public static Money ofYuan(String yuan) {
        return new Money(new BigDecimal(yuan));
    }

    public static Money ofYuan(long yuan) {
        return new Money(BigDecimal.valueOf(yuan));
    }

    /** {@code Money.ofWan("100")} is one million yuan. */
    public static Money ofWan(String wan) {
        return new Money(new BigDecimal(wan).multiply(TEN_THOUSAND));
    }

    public Money plus(Money other) {
        return new Money(yuan.add(other.yuan));
    }

    public Money minus(Money other) {
        return new Money(yuan.subtract(other.yuan));
    }

    public boolean isNegative() {
        return yuan.signum() < 0;
    }

    public boolean isZero() {
        return yuan.signum() == 0;
    }

    /** The amount in 万元, two decimals, half-up: 1,234,567.89 yuan → 123.46. */
    public BigDecimal inWan() {
        return yuan.divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP);
    }

    /**
     * Yuan as people write 万元: exact, without trailing zeros or an exponent — 1,000,000 → 100,
     * 1,234,500 → 123.45.
     */
    public static BigDecimal wan(BigDecimal yuan) {
        BigDecimal wan = yuan.movePointLeft(4).stripTrailingZeros();
        return wan.scale() < 0 ? wan.setScale(0) : wan;
    }

    @Override
    public int compareTo(Money other) {
        return yuan.compareTo(other.yuan);
    }

    @Override
    public String toString() {
        return yuan.toPlainString();
    }
}
