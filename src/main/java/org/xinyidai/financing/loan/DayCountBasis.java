package org.xinyidai.financing.loan;

import java.util.Arrays;

/** 计息基数: the number of days a year's interest is spread over (days/360 or days/365). */
public enum DayCountBasis {
    D360(360), D365(365);

    private final int daysPerYear;

    DayCountBasis(int daysPerYear) {
        this.daysPerYear = daysPerYear;
    }

    public int daysPerYear() {
        return daysPerYear;
    }

    /** The basis for 360 or 365 days, as written in {@code xyd.financing.day-count-basis}. */
    public static DayCountBasis of(int daysPerYear) {
        return Arrays.stream(values()).filter(b -> b.daysPerYear == daysPerYear).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("day-count basis must be 360 or 365, not " + daysPerYear));
    }

    public String labelKey() {
        return "loan.dayCount." + name();
    }
}
