package org.xinyidai.credit.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.xinyidai.credit.CreditSource;

/** Each row is read into its typed record, or refused with the column and reason a person can act on. */
class RowCheckerTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final String VALID = "91350100M000100Y43";

    private final RowChecker penalties = new RowChecker(CreditSource.PENALTY, TODAY);

    @Test
    void aGoodPenaltyIsReadIntoItsSlotsWithChineseOrCodeChoices() {
        CreditRecord record = penalties.check(penalty(Map.of("severity", "严重", "amount", "12000.5"))).record();
        assertThat(record.kind()).isEqualTo("SERIOUS");
        assertThat(record.amount()).isEqualByComparingTo(new BigDecimal("12000.50"));
        assertThat(record.reference()).isEqualTo("佛禅环罚〔2026〕1号");
        assertThat(record.eventDate()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(penalties.check(penalty(Map.of("severity", "major"))).record().kind()).isEqualTo("MAJOR");
    }

    @ParameterizedTest(name = "{0}={1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "uscc|91350100M000100Y4Z|credit.reject.uscc.check",
            "uscc|9135010|credit.reject.uscc.format",
            "uscc|''|credit.reject.required",
            "authority|''|credit.reject.required",
            "source_record_id|''|credit.reject.required",
            "decided_on|2026-02-30|credit.reject.date",
            "decided_on|2027-01-01|credit.reject.future",
            "decided_on|1900-01-01|credit.reject.date",
            "fulfilled_on|2026-02-01|credit.reject.endBeforeStart",
            "amount|-1|credit.reject.amount",
            "amount|1.234|credit.reject.amount",
            "amount|一万|credit.reject.amount",
            "severity|很严重|credit.reject.choice",
            "cause|''|credit.reject.required"})
    void aBadValueIsRefusedWithItsColumnAndReason(String column, String value, String reason) {
        Rejection rejection = penalties.check(penalty(Map.of(column, value))).rejection();
        assertThat(rejection).isNotNull();
        assertThat(rejection.reason()).isEqualTo(reason);
        assertThat(rejection.line()).isEqualTo(7);
        if (!reason.equals("credit.reject.required") || !column.equals("source_record_id")) {
            assertThat(rejection.column()).isEqualTo(column);
        }
    }

    @Test
    void monthsAndCountsOfMonthlySources() {
        RowChecker staff = new RowChecker(CreditSource.SOCIAL_INSURANCE, TODAY);
        Map<String, String> good = common();
        good.put("month", "2026-11");
        good.put("headcount", "35");
        CreditRecord record = staff.check(new RawRow(2, good)).record();
        assertThat(record.eventDate()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(record.quantity()).isEqualTo(35);
        good.put("month", "2026-13");
        assertThat(staff.check(new RawRow(2, good)).rejection().reason()).isEqualTo("credit.reject.month");
        good.put("month", "2026-10");
        good.put("headcount", "3.5");
        assertThat(staff.check(new RawRow(2, good)).rejection().reason()).isEqualTo("credit.reject.count");
    }

    @Test
    void aLicenceMayBeValidBeyondToday() {
        RowChecker licences = new RowChecker(CreditSource.LICENCE, TODAY);
        Map<String, String> row = common();
        row.putAll(Map.of("licence_type", "食品经营许可证", "licence_number", "JY1", "valid_from", "2025-01-01",
                "valid_to", "2030-01-01"));
        assertThat(licences.check(new RawRow(2, row)).record().endDate()).isEqualTo(LocalDate.of(2030, 1, 1));
    }

    private static RawRow penalty(Map<String, String> changes) {
        Map<String, String> values = common();
        values.putAll(Map.of("decision_number", "佛禅环罚〔2026〕1号", "decided_on", "2026-03-01", "amount", "5000",
                "severity", "一般", "cause", "超标排放", "fulfilled_on", "2026-04-01"));
        changes.forEach((k, v) -> values.put(k, v.equals("''") ? "" : v));
        return new RawRow(7, values);
    }

    private static Map<String, String> common() {
        Map<String, String> values = new HashMap<>();
        values.put("source_record_id", "P-1");
        values.put("uscc", VALID);
        values.put("authority", "佛山市禅城区生态环境局");
        return values;
    }
}
