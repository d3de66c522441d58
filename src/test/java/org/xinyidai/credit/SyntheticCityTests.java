package org.xinyidai.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xinyidai.credit.data.BatchReport;
import org.xinyidai.credit.data.Channel;
import org.xinyidai.credit.data.IngestService;
import org.xinyidai.credit.data.RawRow;
import org.xinyidai.credit.generator.CityLoader;
import org.xinyidai.credit.generator.SyntheticCity;
import org.xinyidai.shared.Uscc;

/** The synthetic city: the same seed gives the same rows; every source has rows; loading it twice changes nothing. */
@SpringBootTest
class SyntheticCityTests {

    @Autowired
    CityLoader loader;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IngestService ingest;

    @Test
    void theSameSeedGivesTheSameCityAndEveryCodeIsValid() {
        LocalDate today = LocalDate.of(2026, 12, 7);
        SyntheticCity one = new SyntheticCity(42, 200, today, List.of(), false);
        SyntheticCity again = new SyntheticCity(42, 200, today, List.of(), false);
        for (CreditSource source : CreditSource.values()) {
            List<RawRow> rows = one.rows(source);
            assertThat(rows).as(source.name()).isNotEmpty().isEqualTo(again.rows(source));
            assertThat(rows).allSatisfy(row -> assertThat(new Uscc(row.values().get("uscc")).checkCharacterValid()).isTrue());
        }
        assertThat(new SyntheticCity(43, 200, today, List.of(), false).rows(CreditSource.PENALTY))
                .isNotEqualTo(one.rows(CreditSource.PENALTY));
    }

    @Test
    void aLoadedCityHasEverySourceItsFaultsAreReportedAndLoadingAgainChangesNothing() {
        long seed = 7_000 + System.nanoTime() % 900;
        SyntheticCity city = new SyntheticCity(seed, 150, LocalDate.now(), List.of(), true);
        String prefix = city.uscc(0).substring(0, 2) + "%";
        long sent = loader.load(seed, 150, List.of(), true);
        Map<String, Long> bySource = jdbc.sql("select source, count(*) n from credit_record where uscc in (:u) group by source")
                .param("u", usccs(city)).query((rs, n) -> Map.entry(rs.getString("source"), rs.getLong("n"))).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(bySource.keySet()).hasSize(CreditSource.values().length);
        long kept = bySource.values().stream().mapToLong(Long::longValue).sum();
        long rejected = jdbc.sql("select coalesce(sum(rejected), 0) from credit_batch where name like :n")
                .param("n", "synthetic-city-" + seed + "-%").query(Long.class).single();
        assertThat(rejected).isPositive();
        assertThat(kept + rejected).isEqualTo(sent);

        loader.load(seed, 150, List.of(), true);
        assertThat(jdbc.sql("select count(*) from credit_record where uscc in (:u)").param("u", usccs(city))
                .query(Long.class).single()).isEqualTo(kept);
        assertThat(prefix).startsWith("91");
    }

    /** Big enough for the bulk path (COPY on PostgreSQL): a changed row is updated, the rest stay as they were. */
    @Test
    void aBigBatchSentAgainWithOneChangeUpdatesThatOneOnly() {
        SyntheticCity city = new SyntheticCity(9_000 + System.nanoTime() % 900, 120, LocalDate.now(), List.of(), false);
        List<RawRow> rows = city.rows(CreditSource.UTILITIES);
        assertThat(rows.size()).isGreaterThan(2_000);
        BatchReport first = ingest.ingest(CreditSource.UTILITIES, Channel.FEED, "bulk-1", null, rows);
        assertThat(first.added()).isEqualTo(rows.size());
        Map<String, String> changed = new java.util.HashMap<>(rows.get(5).values());
        changed.put("arrears_months", "4");
        List<RawRow> again = new java.util.ArrayList<>(rows);
        again.set(5, new RawRow(rows.get(5).line(), changed));
        BatchReport second = ingest.ingest(CreditSource.UTILITIES, Channel.FEED, "bulk-2", null, again);
        assertThat(second.added()).isZero();
        assertThat(second.updated()).isEqualTo(1);
        assertThat(second.unchanged()).isEqualTo(rows.size() - 1);
        assertThat(jdbc.sql("select quantity from credit_record where source = 'UTILITIES' and source_record_id = :id")
                .param("id", changed.get("source_record_id")).query(Integer.class).single()).isEqualTo(4);
    }

    private static List<String> usccs(SyntheticCity city) {
        return java.util.stream.IntStream.range(0, city.enterprises()).mapToObj(city::uscc).toList();
    }
}
