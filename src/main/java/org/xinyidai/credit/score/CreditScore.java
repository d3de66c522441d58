package org.xinyidai.credit.score;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import org.xinyidai.shared.admission.CreditGrade;

/**
 * An enterprise's stored score: the scorecard version it was computed with, and the points of every characteristic,
 * whose sum is the score.
 */
public record CreditScore(String uscc, String modelVersion, int score, CreditGrade grade, OffsetDateTime scoredAt,
                          List<ScorePoints> points) {

    public CreditScore {
        points = List.copyOf(points);
    }

    /** The lines costing the most points, most first (PIPL Art. 24: the reasons of an automated evaluation). */
    public List<ScorePoints> reasons(int count) {
        return points.stream().filter(p -> p.shortfall() > 0)
                .sorted(Comparator.comparingInt(ScorePoints::shortfall).reversed()).limit(count).toList();
    }

    /** The points of one dimension of GB/T 23794. */
    public int pointsOf(Characteristic.Dimension dimension) {
        return points.stream().filter(p -> p.characteristic().dimension() == dimension).mapToInt(ScorePoints::points).sum();
    }
}
