package org.xinyidai.shared;

import java.util.regex.Pattern;

/**
 * An administrative division code (GB/T 2260), six digits: {@code 440600} 佛山市, {@code 440606} 顺德区.
 */
public record RegionCode(String value) {

    private static final Pattern SIX_DIGITS = Pattern.compile("^[1-9]\\d{5}$");

    public RegionCode {
        if (value == null || !SIX_DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a six-digit region code: " + value);
        }
    }

    public boolean isProvince() {
        return value.endsWith("0000");
    }

    public boolean isCity() {
        return !isProvince() && value.endsWith("00");
    }

    public boolean isDistrict() {
        return !value.endsWith("00");
    }

    /** The city this code belongs to: a district's city, or the city itself. */
    public RegionCode city() {
        return isProvince() ? this : new RegionCode(value.substring(0, 4) + "00");
    }

    /** True when {@code other} is this region or lies inside it (a district inside its city). */
    public boolean contains(RegionCode other) {
        if (isProvince()) {
            return other.value.startsWith(value.substring(0, 2));
        }
        if (isCity()) {
            return other.value.startsWith(value.substring(0, 4));
        }
        return equals(other);
    }

    @Override
    public String toString() {
        return value;
    }
}
