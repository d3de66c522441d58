package org.xinyidai.credit.score;

import java.math.BigDecimal;

/**
 * One characteristic's line of a score: the enterprise's value (null: no data), the points it took and the most it
 * could have taken.
 */
public record ScorePoints(Characteristic characteristic, BigDecimal value, int points, int best) {

    /** Points below the characteristic's best bin: how much this line costs the enterprise. */
    public int shortfall() {
        return best - points;
    }

    public boolean noData() {
        return value == null;
    }
}
