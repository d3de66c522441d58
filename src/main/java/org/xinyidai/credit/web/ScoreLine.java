package org.xinyidai.credit.web;

import java.math.BigDecimal;
import org.xinyidai.credit.score.Characteristic;
import org.xinyidai.credit.score.ScorePoints;

/** One line of the score as the page shows it: the characteristic, the enterprise's value in its unit, the points. */
record ScoreLine(Characteristic characteristic, String value, int points, int best) {

    private static final String[] TAX_GRADES = {"D", "C", "M", "B", "A"};

    static ScoreLine of(ScorePoints p) {
        return new ScoreLine(p.characteristic(), text(p.characteristic(), p.value()), p.points(), p.best());
    }

    /** A value as read: a tax grade's letter, a number without trailing zeros; null for no data. */
    static String text(Characteristic characteristic, BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (characteristic == Characteristic.TAX_GRADE) {
            int rank = value.intValue();
            return rank >= 0 && rank < TAX_GRADES.length ? TAX_GRADES[rank] : "-";
        }
        return value.stripTrailingZeros().toPlainString();
    }
}
