package org.xinyidai.credit.score;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.xinyidai.credit.CreditSource;
import org.xinyidai.credit.data.CreditRecord;

/**
 * An enterprise's value of each characteristic, from its records, on a day. Adverse records count while open (twice)
 * or within the retention window after their end (once); a penalty ends when fulfilled, else on its decision day.
 * A characteristic whose source has no record of the enterprise has no value ("no data").
 */
final class Features {

    private static final BigDecimal WAN = new BigDecimal("10000");
    private static final String[] TAX_GRADES = {"D", "C", "M", "B", "A"};

    private final List<CreditRecord> records;
    private final LocalDate today;
    private final Period retention;

    Features(List<CreditRecord> records, LocalDate today, Period retention) {
        this.records = records;
        this.today = today;
        this.retention = retention;
    }

    Map<Characteristic, BigDecimal> values() {
        Map<Characteristic, BigDecimal> values = new EnumMap<>(Characteristic.class);
        values.put(Characteristic.DISHONESTY, adverse(CreditSource.DISHONESTY, r -> 1));
        values.put(Characteristic.PENALTIES, adverse(CreditSource.PENALTY,
                r -> "SERIOUS".equals(r.kind()) ? 3 : "MAJOR".equals(r.kind()) ? 2 : 1));
        values.put(Characteristic.ABNORMAL_OPERATION, adverse(CreditSource.ABNORMAL_OPERATION, r -> 1));
        values.put(Characteristic.COURT_ENFORCEMENT, adverse(CreditSource.COURT_ENFORCEMENT, r -> 1));
        List<CreditRecord> utilities = of(CreditSource.UTILITIES);
        values.put(Characteristic.UTILITY_ARREARS, utilities.isEmpty() ? null : BigDecimal.valueOf(utilities.stream()
                .filter(r -> counts(r.eventDate())).mapToInt(r -> r.quantity() == null ? 0 : r.quantity()).max().orElse(0)));
        CreditRecord registration = latest(CreditSource.REGISTRATION);
        values.put(Characteristic.YEARS_IN_BUSINESS, registration == null ? null
                : BigDecimal.valueOf(Math.max(0, Period.between(registration.eventDate(), today).getYears())));
        values.put(Characteristic.REGISTERED_CAPITAL, registration == null || registration.amount() == null ? null
                : wan(registration.amount()));
        List<CreditRecord> taxes = of(CreditSource.TAXES_PAID);
        YearMonth thisMonth = YearMonth.from(today);
        values.put(Characteristic.TAXES_PAID, taxes.isEmpty() ? null : wan(taxes.stream()
                .filter(r -> !YearMonth.from(r.eventDate()).isBefore(thisMonth.minusMonths(12))
                        && YearMonth.from(r.eventDate()).isBefore(thisMonth))
                .map(CreditRecord::amount).reduce(BigDecimal.ZERO, BigDecimal::add)));
        values.put(Characteristic.INSURED_STAFF, latestQuantity(CreditSource.SOCIAL_INSURANCE));
        values.put(Characteristic.HOUSING_FUND, latestQuantity(CreditSource.HOUSING_FUND));
        CreditRecord grade = of(CreditSource.TAX_GRADE).stream()
                .max(Comparator.comparing((CreditRecord r) -> r.quantity()).thenComparing(CreditRecord::eventDate))
                .orElse(null);
        values.put(Characteristic.TAX_GRADE, grade == null ? null
                : BigDecimal.valueOf(java.util.Arrays.asList(TAX_GRADES).indexOf(grade.kind())));
        values.put(Characteristic.HONOURS, count(CreditSource.HONOURS,
                r -> !r.eventDate().isBefore(today.minusYears(3))));
        values.put(Characteristic.LICENCES, count(CreditSource.LICENCE,
                r -> r.endDate() == null || !r.endDate().isBefore(today)));
        return values;
    }

    /** Open adverse records twice, those ended within the retention window once, each by its weight. */
    private BigDecimal adverse(CreditSource source, ToIntFunction<CreditRecord> weight) {
        int total = 0;
        for (CreditRecord r : of(source)) {
            boolean open = source != CreditSource.PENALTY && (r.endDate() == null || r.endDate().isAfter(today));
            LocalDate end = r.endDate() != null ? r.endDate() : r.eventDate();
            if (open) {
                total += 2 * weight.applyAsInt(r);
            } else if (counts(end)) {
                total += weight.applyAsInt(r);
            }
        }
        return BigDecimal.valueOf(total);
    }

    private boolean counts(LocalDate end) {
        return !end.plus(retention).isBefore(today);
    }

    private BigDecimal latestQuantity(CreditSource source) {
        CreditRecord latest = latest(source);
        return latest == null || latest.quantity() == null ? null : BigDecimal.valueOf(latest.quantity());
    }

    private BigDecimal count(CreditSource source, Predicate<CreditRecord> counted) {
        return BigDecimal.valueOf(of(source).stream().filter(counted).count());
    }

    private CreditRecord latest(CreditSource source) {
        return of(source).stream().max(Comparator.comparing(CreditRecord::eventDate)).orElse(null);
    }

    private List<CreditRecord> of(CreditSource source) {
        return records.stream().filter(r -> r.source() == source).toList();
    }

    private static BigDecimal wan(BigDecimal yuan) {
        return yuan.divide(WAN, 2, RoundingMode.HALF_UP);
    }
}
