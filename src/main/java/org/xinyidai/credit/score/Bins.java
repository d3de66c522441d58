package org.xinyidai.credit.score;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A characteristic's bins: lower bounds with their points ({@code "nodata=30; 0=10; 5=60"}). A value takes the points
 * of the highest bound at or below it; no value takes the {@code nodata} points (or the lowest bin's, if none given).
 */
final class Bins {

    /** One bin: values from {@code from} up take {@code points}. */
    record Bin(BigDecimal from, int points) {
    }

    private final List<Bin> bins;
    private final int noData;

    private Bins(List<Bin> bins, Integer noData) {
        this.bins = bins;
        this.noData = noData == null ? bins.get(0).points() : noData;
    }

    static Bins parse(String spec) {
        List<Bin> bins = new ArrayList<>();
        Integer noData = null;
        for (String part : spec.split(";")) {
            String[] pair = part.strip().split("=");
            if (pair.length != 2) {
                throw new IllegalArgumentException("A bin is bound=points: " + part);
            }
            int points = Integer.parseInt(pair[1].strip());
            if (pair[0].strip().equals("nodata")) {
                noData = points;
            } else {
                bins.add(new Bin(new BigDecimal(pair[0].strip()), points));
            }
        }
        if (bins.isEmpty()) {
            throw new IllegalArgumentException("No bins in " + spec);
        }
        bins.sort(Comparator.comparing(Bin::from));
        return new Bins(List.copyOf(bins), noData);
    }

    /** The points for a value (null: no data). */
    int points(BigDecimal value) {
        return value == null ? noData : bin(value).points();
    }

    /** The most points any value can take. */
    int best() {
        return Math.max(noData, bins.stream().mapToInt(Bin::points).max().orElseThrow());
    }

    int worst() {
        return Math.min(noData, bins.stream().mapToInt(Bin::points).min().orElseThrow());
    }

    /**
     * The nearest bin worth more points than the value's, next to it: the one above (more of a good thing) or the one
     * below (less of a bad thing); empty at the best bin or without data.
     */
    Optional<Bin> nextBetter(BigDecimal value) {
        if (value == null) {
            return Optional.empty();
        }
        int at = bins.indexOf(bin(value));
        int points = bins.get(at).points();
        if (at + 1 < bins.size() && bins.get(at + 1).points() > points) {
            return Optional.of(bins.get(at + 1));
        }
        if (at > 0 && bins.get(at - 1).points() > points) {
            return Optional.of(bins.get(at - 1));
        }
        return Optional.empty();
    }

    private Bin bin(BigDecimal value) {
        Bin found = bins.get(0);
        for (Bin bin : bins) {
            if (bin.from().compareTo(value) <= 0) {
                found = bin;
            }
        }
        return found;
    }
}
