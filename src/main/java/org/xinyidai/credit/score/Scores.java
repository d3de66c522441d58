package org.xinyidai.credit.score;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xinyidai.shared.admission.CreditGrade;

/** The stored scores, one per enterprise, with their points per characteristic. */
@Repository
class Scores {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    Scores(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    void save(CreditScore score) {
        jdbc.sql("delete from credit_score where uscc = :uscc").param("uscc", score.uscc()).update();
        jdbc.sql("insert into credit_score (uscc, model_version, score, grade, scored_at)"
                        + " values (:uscc, :version, :score, :grade, :at)")
                .param("uscc", score.uscc()).param("version", score.modelVersion()).param("score", score.score())
                .param("grade", score.grade().name()).param("at", score.scoredAt()).update();
        template.batchUpdate("insert into credit_score_point (uscc, characteristic, char_value, points, best_points)"
                + " values (?, ?, ?, ?, ?)", score.points(), score.points().size(), (ps, p) -> {
                    ps.setString(1, score.uscc());
                    ps.setString(2, p.characteristic().name());
                    ps.setBigDecimal(3, p.value());
                    ps.setInt(4, p.points());
                    ps.setInt(5, p.best());
                });
    }

    Optional<CreditScore> find(String uscc) {
        List<ScorePoints> points = jdbc.sql("select characteristic, char_value, points, best_points"
                        + " from credit_score_point where uscc = :uscc")
                .param("uscc", uscc).query((rs, n) -> new ScorePoints(Characteristic.valueOf(rs.getString("characteristic")),
                        rs.getBigDecimal("char_value"), rs.getInt("points"), rs.getInt("best_points"))).list()
                .stream().sorted(java.util.Comparator.comparing(ScorePoints::characteristic)).toList();
        return jdbc.sql("select uscc, model_version, score, grade, scored_at from credit_score where uscc = :uscc")
                .param("uscc", uscc).query((rs, n) -> new CreditScore(rs.getString("uscc"), rs.getString("model_version"),
                        rs.getInt("score"), CreditGrade.valueOf(rs.getString("grade")),
                        rs.getObject("scored_at", OffsetDateTime.class), points)).optional();
    }
}
