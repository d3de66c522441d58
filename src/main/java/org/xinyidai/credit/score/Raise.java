package org.xinyidai.credit.score;

import java.math.BigDecimal;

/**
 * What would raise a score: bringing a characteristic to {@code target} (the next better bin's bound: e.g. 0 open
 * abnormal-operation listings, 20 万元 of taxes a year) adds about {@code points}.
 */
public record Raise(Characteristic characteristic, BigDecimal target, int points) {
}
