package org.xinyidai.credit.quality;

import org.springframework.cache.annotation.Cacheable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.xinyidai.credit.CreditSource;
import org.xinyidai.credit.quality.QualityReport.RejectedReason;
import org.xinyidai.credit.quality.QualityReport.RuleResult;
import org.xinyidai.credit.quality.QualityReport.SourceFigures;

/**
 * 数据质量与时效: per source the records, enterprises covered, last arrival and rows not kept (by reason), and the
 * quality rules ({@link QualityRule}) with what fails them. Monthly sources are stale after 40 days without a batch,
 * yearly ones after 400. The report scans every record, so it is cached ({@link #CACHE}) until the next batch,
 * correction or objection decision changes the records: ten admins refreshing it no longer queue behind each other.
 */
@Service
public class DataQuality {

    private static final Map<CreditSource, Integer> FRESH_DAYS = Map.of(CreditSource.TAX_GRADE, 400,
            CreditSource.HONOURS, 400, CreditSource.CUSTOMS, 400);
    private static final int MONTHLY_DAYS = 40;

    private final JdbcClient jdbc;
    private final Clock clock;

    DataQuality(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public static final String CACHE = "credit-quality";

    @Cacheable(cacheNames = CACHE, key = "'report'")
    public QualityReport report() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<String, SourceFigures> stored = jdbc.sql("""
                        select source, count(*) records, count(distinct uscc) enterprises, max(received_at) last_received
                        from credit_record where removed_at is null group by source""")
                .query((rs, n) -> new SourceFigures(CreditSource.valueOf(rs.getString("source")), rs.getLong("records"),
                        rs.getLong("enterprises"), rs.getObject("last_received", OffsetDateTime.class), 0, false))
                .list().stream().collect(Collectors.toMap(f -> f.source().name(), Function.identity()));
        List<RejectedReason> reasons = jdbc.sql("""
                        select b.source, j.reason, count(*) n from credit_rejection j join credit_batch b on b.id = j.batch_id
                        group by b.source, j.reason order by b.source, n desc""")
                .query((rs, n) -> new RejectedReason(CreditSource.valueOf(rs.getString("source")), rs.getString("reason"),
                        rs.getLong("n"))).list();
        Map<CreditSource, Long> rejected = reasons.stream()
                .collect(Collectors.groupingBy(RejectedReason::source, Collectors.summingLong(RejectedReason::rows)));
        List<SourceFigures> sources = Arrays.stream(CreditSource.values()).map(source -> {
            SourceFigures f = stored.get(source.name());
            OffsetDateTime last = f == null ? null : f.lastReceived();
            boolean stale = last == null
                    || last.isBefore(now.minusDays(FRESH_DAYS.getOrDefault(source, MONTHLY_DAYS)));
            return new SourceFigures(source, f == null ? 0 : f.records(), f == null ? 0 : f.enterprises(), last,
                    rejected.getOrDefault(source, 0L), stale);
        }).toList();
        return new QualityReport(sources, reasons, rules(now.toLocalDate()));
    }

    private List<RuleResult> rules(LocalDate today) {
        return Arrays.stream(QualityRule.values()).map(rule -> new RuleResult(rule.name(), rule.source(),
                jdbc.sql(rule.sql()).params(Map.of("threeMonthsAgo", today.minusMonths(3),
                        "twoYearsAgo", today.getYear() - 2)).query(Long.class).single())).toList();
    }
}
