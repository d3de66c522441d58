package org.xinyidai.credit.score;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.xinyidai.credit.data.CreditRecord;

/** Scores an enterprise's records with a scorecard: each characteristic's points, their sum and its grade. */
final class Scoring {

    private Scoring() {
    }

    static CreditScore score(Scorecard card, String uscc, List<CreditRecord> records, LocalDate today, Period retention,
                             OffsetDateTime at) {
        Map<Characteristic, BigDecimal> values = new Features(records, today, retention).values();
        List<ScorePoints> points = new ArrayList<>();
        for (Characteristic c : Characteristic.values()) {
            BigDecimal value = values.get(c);
            points.add(new ScorePoints(c, value, card.points(c, value), card.bins(c).best()));
        }
        int score = points.stream().mapToInt(ScorePoints::points).sum();
        return new CreditScore(uscc, card.version(), score, card.grade(score), at, points);
    }
}
