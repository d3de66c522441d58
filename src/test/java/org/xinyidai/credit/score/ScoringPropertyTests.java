package org.xinyidai.credit.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.xinyidai.credit.CreditProperties;
import org.xinyidai.credit.CreditSource;
import org.xinyidai.credit.data.CreditRecord;
import org.xinyidai.credit.data.RowChecker;
import org.xinyidai.credit.generator.SyntheticCity;

/**
 * The scorecard's promises, over every enterprise of a seeded synthetic city and seeded random changes: the score is
 * the sum of the points shown, within 0–1000; an added adverse record never raises it; more taxes paid, more insured
 * staff or a better tax grade never lower it.
 */
class ScoringPropertyTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final Period RETENTION = Period.ofYears(5);
    private static final long SEED = 20261207L;
    private static final int ENTERPRISES = 300;

    private final Scorecard card = new Scorecard(new CreditProperties(Map.of(), RETENTION, null));
    private final Map<String, List<CreditRecord>> city = city();

    @Test
    void theScoreIsTheSumOfThePointsShownForEveryEnterprise() {
        assertThat(Arrays.stream(Characteristic.values()).mapToInt(c -> card.bins(c).best()).sum()).isLessThanOrEqualTo(1000);
        assertThat(Arrays.stream(Characteristic.values()).mapToInt(c -> card.bins(c).worst()).sum()).isGreaterThanOrEqualTo(0);
        city.forEach((uscc, records) -> {
            CreditScore score = score(uscc, records);
            assertThat(score.score()).isEqualTo(score.points().stream().mapToInt(ScorePoints::points).sum());
            assertThat(score.points()).hasSize(Characteristic.values().length);
            assertThat(score.score()).isBetween(0, 1000);
            assertThat(score.grade()).isEqualTo(card.grade(score.score()));
        });
        assertThat(city.values().stream().map(r -> score("x", r).grade()).distinct().count()).as("grades seen").isGreaterThan(2);
    }

    @Test
    void anAddedAdverseRecordNeverRaisesTheScore() {
        Random random = new Random(SEED);
        city.forEach((uscc, records) -> {
            int before = score(uscc, records).score();
            for (int trial = 0; trial < 6; trial++) {
                List<CreditRecord> more = new ArrayList<>(records);
                more.add(adverse(uscc, random, trial));
                assertThat(score(uscc, more).score()).as(uscc + " + " + more.get(more.size() - 1)).isLessThanOrEqualTo(before);
            }
        });
    }

    @Test
    void moreTaxesMoreStaffOrABetterTaxGradeNeverLowerTheScore() {
        Random random = new Random(SEED + 1);
        city.forEach((uscc, records) -> {
            int before = score(uscc, records).score();
            BigDecimal factor = BigDecimal.valueOf(1 + random.nextDouble() * 3);
            assertThat(score(uscc, change(records, CreditSource.TAXES_PAID,
                    r -> with(r, r.amount().multiply(factor).setScale(2, java.math.RoundingMode.HALF_UP), r.quantity(), r.kind()))).score())
                    .as("taxes × " + factor).isGreaterThanOrEqualTo(before);
            List<CreditRecord> paidMore = new ArrayList<>(records);
            paidMore.add(new CreditRecord(CreditSource.TAXES_PAID, "extra-tax", uscc, "税务局", TODAY.minusMonths(2).withDayOfMonth(1),
                    null, null, null, BigDecimal.valueOf(1 + random.nextInt(500_000)), null, null));
            assertThat(score(uscc, paidMore).score()).as("an added tax payment").isGreaterThanOrEqualTo(before);
            int extra = 1 + random.nextInt(50);
            assertThat(score(uscc, change(records, CreditSource.SOCIAL_INSURANCE,
                    r -> with(r, r.amount(), r.quantity() + extra, r.kind()))).score()).as("staff + " + extra)
                    .isGreaterThanOrEqualTo(before);
            assertThat(score(uscc, change(records, CreditSource.TAX_GRADE, r -> with(r, r.amount(), r.quantity(),
                    better(r.kind())))).score()).as("a better tax grade").isGreaterThanOrEqualTo(before);
        });
    }

    private CreditScore score(String uscc, List<CreditRecord> records) {
        return Scoring.score(card, uscc, records, TODAY, RETENTION, OffsetDateTime.of(2026, 12, 7, 9, 0, 0, 0, ZoneOffset.ofHours(8)));
    }

    private static CreditRecord adverse(String uscc, Random random, int trial) {
        LocalDate on = TODAY.minusDays(random.nextInt(7 * 365));
        LocalDate end = random.nextBoolean() ? null : on.plusDays(random.nextInt(600));
        if (end != null && end.isAfter(TODAY)) {
            end = TODAY;
        }
        String id = "adverse-" + trial;
        return switch (random.nextInt(5)) {
            case 0 -> new CreditRecord(CreditSource.PENALTY, id, uscc, "局", on, end, new String[] {"GENERAL", "MAJOR", "SERIOUS"}[random.nextInt(3)],
                    "罚", BigDecimal.valueOf(random.nextInt(100_000)), null, "因");
            case 1 -> new CreditRecord(CreditSource.DISHONESTY, id, uscc, "委", on, end, "JUDGMENT_DEBTOR", null, null, null, null);
            case 2 -> new CreditRecord(CreditSource.ABNORMAL_OPERATION, id, uscc, "局", on, end, null, null, null, null, "未年报");
            case 3 -> new CreditRecord(CreditSource.COURT_ENFORCEMENT, id, uscc, "院", on, end, null, "执",
                    BigDecimal.valueOf(random.nextInt(900_000)), null, null);
            default -> new CreditRecord(CreditSource.UTILITIES, id, uscc, "供电局", on.withDayOfMonth(1), null, "ELECTRICITY", null,
                    BigDecimal.valueOf(random.nextInt(10_000)), 1 + random.nextInt(6), null);
        };
    }

    private static String better(String grade) {
        return switch (grade) {
            case "D" -> "C";
            case "C" -> "M";
            case "M" -> "B";
            default -> "A";
        };
    }

    private static List<CreditRecord> change(List<CreditRecord> records, CreditSource source, UnaryOperator<CreditRecord> how) {
        return records.stream().map(r -> r.source() == source ? how.apply(r) : r).toList();
    }

    private static CreditRecord with(CreditRecord r, BigDecimal amount, Integer quantity, String kind) {
        return new CreditRecord(r.source(), r.sourceRecordId(), r.uscc(), r.authority(), r.eventDate(), r.endDate(), kind,
                r.reference(), amount, quantity, r.detail());
    }

    private static Map<String, List<CreditRecord>> city() {
        SyntheticCity city = new SyntheticCity(SEED, ENTERPRISES, TODAY, List.of(), false);
        Map<String, List<CreditRecord>> byEnterprise = new HashMap<>();
        for (CreditSource source : CreditSource.values()) {
            RowChecker checker = new RowChecker(source, TODAY);
            city.rows(source, row -> {
                CreditRecord record = checker.check(row).record();
                assertThat(record).as("generated row " + row).isNotNull();
                byEnterprise.computeIfAbsent(record.uscc(), u -> new ArrayList<>()).add(record);
            });
        }
        assertThat(byEnterprise).hasSize(ENTERPRISES);
        return byEnterprise;
    }
}
