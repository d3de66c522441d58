package org.xinyidai.financing.loan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.xinyidai.product.RepaymentMethod.BULLET;
import static org.xinyidai.product.RepaymentMethod.EQUAL_INSTALLMENT;
import static org.xinyidai.product.RepaymentMethod.EQUAL_PRINCIPAL;
import static org.xinyidai.product.RepaymentMethod.INTEREST_FIRST;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.xinyidai.product.RepaymentMethod;

/** Schedules to the cent against tables computed independently (Python decimal, HALF_UP). */
class RepaymentSchedulerTests {

    private static final LocalDate DISBURSED = LocalDate.of(2026, 3, 15);

    private final RepaymentScheduler scheduler = new RepaymentScheduler(DayCountBasis.D365);

    // 100万 at 4.35% over 12 months: M = 85,309.90; the last installment is a cent less.
    @ParameterizedTest(name = "等额本息 100万 4.35% 12期 #{0}")
    @CsvSource(textBlock = """
            1,  2026-04-15, 81684.90, 3625.00, 85309.90, 918315.10
            2,  2026-05-15, 81981.01, 3328.89, 85309.90, 836334.09
            3,  2026-06-15, 82278.19, 3031.71, 85309.90, 754055.90
            4,  2026-07-15, 82576.45, 2733.45, 85309.90, 671479.45
            5,  2026-08-15, 82875.79, 2434.11, 85309.90, 588603.66
            6,  2026-09-15, 83176.21, 2133.69, 85309.90, 505427.45
            7,  2026-10-15, 83477.73, 1832.17, 85309.90, 421949.72
            8,  2026-11-15, 83780.33, 1529.57, 85309.90, 338169.39
            9,  2026-12-15, 84084.04, 1225.86, 85309.90, 254085.35
            10, 2027-01-15, 84388.84,  921.06, 85309.90, 169696.51
            11, 2027-02-15, 84694.75,  615.15, 85309.90,  85001.76
            12, 2027-03-15, 85001.76,  308.13, 85309.89,      0.00
            """)
    void equalInstallmentsOfOneMillion(int number, LocalDate due, String principal, String interest, String amount, String balance) {
        List<Installment> rows = scheduler.schedule(new BigDecimal("1000000.00"), new BigDecimal("4.35"), 12, EQUAL_INSTALLMENT, DISBURSED);

        assertThat(rows).hasSize(12);
        assertRow(rows.get(number - 1), number, due, principal, interest, amount, balance);
    }

    @ParameterizedTest(name = "等额本息 12万 6% 6期 #{0}")
    @CsvSource(textBlock = """
            1, 19751.45, 600.00, 20351.45, 100248.55
            2, 19850.21, 501.24, 20351.45,  80398.34
            3, 19949.46, 401.99, 20351.45,  60448.88
            4, 20049.21, 302.24, 20351.45,  40399.67
            5, 20149.45, 202.00, 20351.45,  20250.22
            6, 20250.22, 101.25, 20351.47,      0.00
            """)
    void equalInstallmentsWhereTheLastIsTwoCentsMore(int number, String principal, String interest, String amount, String balance) {
        List<Installment> rows = scheduler.schedule(new BigDecimal("120000"), new BigDecimal("6"), 6, EQUAL_INSTALLMENT, DISBURSED);

        assertRow(rows.get(number - 1), number, DISBURSED.plusMonths(number), principal, interest, amount, balance);
    }

    @ParameterizedTest(name = "等额本金 12万 6% 6期 #{0}")
    @CsvSource(textBlock = """
            1, 20000.00, 600.00, 20600.00, 100000.00
            2, 20000.00, 500.00, 20500.00,  80000.00
            3, 20000.00, 400.00, 20400.00,  60000.00
            4, 20000.00, 300.00, 20300.00,  40000.00
            5, 20000.00, 200.00, 20200.00,  20000.00
            6, 20000.00, 100.00, 20100.00,      0.00
            """)
    void equalPrincipal(int number, String principal, String interest, String amount, String balance) {
        List<Installment> rows = scheduler.schedule(new BigDecimal("120000.00"), new BigDecimal("6"), 6, EQUAL_PRINCIPAL, DISBURSED);

        assertThat(rows).hasSize(6);
        assertRow(rows.get(number - 1), number, DISBURSED.plusMonths(number), principal, interest, amount, balance);
    }

    @ParameterizedTest(name = "等额本金 10万 5% 3期 #{0}")
    @CsvSource(textBlock = """
            1, 33333.33, 416.67, 33750.00, 66666.67
            2, 33333.33, 277.78, 33611.11, 33333.34
            3, 33333.34, 138.89, 33472.23,     0.00
            """)
    void equalPrincipalWithTheRemainderInTheLast(int number, String principal, String interest, String amount, String balance) {
        List<Installment> rows = scheduler.schedule(new BigDecimal("100000.00"), new BigDecimal("5"), 3, EQUAL_PRINCIPAL, DISBURSED);

        assertRow(rows.get(number - 1), number, DISBURSED.plusMonths(number), principal, interest, amount, balance);
    }

    @ParameterizedTest(name = "先息后本 12万 6% 6期 #{0}")
    @CsvSource(textBlock = """
            1,      0.00, 600.00,    600.00, 120000.00
            2,      0.00, 600.00,    600.00, 120000.00
            3,      0.00, 600.00,    600.00, 120000.00
            4,      0.00, 600.00,    600.00, 120000.00
            5,      0.00, 600.00,    600.00, 120000.00
            6, 120000.00, 600.00, 120600.00,      0.00
            """)
    void interestFirst(int number, String principal, String interest, String amount, String balance) {
        List<Installment> rows = scheduler.schedule(new BigDecimal("120000.00"), new BigDecimal("6"), 6, INTEREST_FIRST, DISBURSED);

        assertThat(rows).hasSize(6);
        assertRow(rows.get(number - 1), number, DISBURSED.plusMonths(number), principal, interest, amount, balance);
    }

    @ParameterizedTest(name = "到期一次还本付息 {1} 万 {2}% {3}个月 from {4}, basis {0}: interest {6}")
    @CsvSource(textBlock = """
            D365, 100000.00, 3.65, 12, 2026-03-15, 2027-03-15, 3650.00, 103650.00
            D360, 100000.00, 3.65, 12, 2026-03-15, 2027-03-15, 3700.69, 103700.69
            D365, 100000.00, 3.65, 12, 2027-03-15, 2028-03-15, 3660.00, 103660.00
            D365,  50000.00, 4.8,   6, 2026-01-10, 2026-07-10, 1190.14,  51190.14
            D360,  50000.00, 4.8,   6, 2026-01-10, 2026-07-10, 1206.67,  51206.67
            """)
    void bulletCountsActualDaysOverTheBasis(DayCountBasis basis, String principal, String rate, int months, LocalDate disbursed,
                                            LocalDate maturity, String interest, String amount) {
        List<Installment> rows = new RepaymentScheduler(basis).schedule(new BigDecimal(principal), new BigDecimal(rate), months, BULLET, disbursed);

        assertThat(rows).hasSize(1);
        assertRow(rows.get(0), 1, maturity, principal, interest, amount, "0.00");
    }

    @Test
    void principalAlwaysSumsExactlyToTheAmountLent() {
        Random random = new Random(20260315);
        for (int i = 0; i < 2000; i++) {
            BigDecimal principal = BigDecimal.valueOf(1 + random.nextInt(500_000_000), 2);
            BigDecimal rate = BigDecimal.valueOf(random.nextInt(2400), 2);
            int months = 1 + random.nextInt(60);
            RepaymentMethod method = RepaymentMethod.values()[random.nextInt(RepaymentMethod.values().length)];
            String combo = principal + " at " + rate + "% over " + months + " months " + method;

            List<Installment> rows = scheduler.schedule(principal, rate, months, method, DISBURSED);

            assertThat(rows.stream().map(Installment::principal).reduce(BigDecimal.ZERO, BigDecimal::add)).as(combo).isEqualTo(principal.setScale(2));
            assertThat(rows.get(rows.size() - 1).balanceAfter()).as(combo).isEqualByComparingTo("0");
            for (Installment row : rows) {
                assertThat(row.principal().signum()).as(combo).isNotNegative();
                assertThat(row.interest().signum()).as(combo).isNotNegative();
                assertThat(row.amount()).as(combo).isEqualTo(row.principal().add(row.interest()));
                assertThat(row.principal().scale()).as(combo).isEqualTo(2);
                assertThat(row.interest().scale()).as(combo).isEqualTo(2);
            }
        }
    }

    @Test
    void tinyLoansNeverOverpayPrincipal() {
        List<Installment> rows = scheduler.schedule(new BigDecimal("0.10"), BigDecimal.ZERO, 12, EQUAL_PRINCIPAL, DISBURSED);

        assertThat(rows).extracting(Installment::balanceAfter).allMatch(b -> b.signum() >= 0);
        assertThat(rows.stream().map(Installment::principal).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualTo("0.10");
    }

    @ParameterizedTest(name = "disbursed {0}: due {1}, {2}, {3}")
    @CsvSource(textBlock = """
            2026-01-31, 2026-02-28, 2026-03-31, 2026-04-30
            2027-12-31, 2028-01-31, 2028-02-29, 2028-03-31
            2026-08-30, 2026-09-30, 2026-10-30, 2026-11-30
            """)
    void dueDatesFollowTheCalendarAtMonthEnds(LocalDate disbursed, LocalDate first, LocalDate second, LocalDate third) {
        List<Installment> rows = scheduler.schedule(new BigDecimal("30000"), new BigDecimal("4"), 3, EQUAL_INSTALLMENT, disbursed);

        assertThat(rows).extracting(Installment::dueDate).containsExactly(first, second, third);
    }

    @ParameterizedTest
    @EnumSource(RepaymentMethod.class)
    void aRateOfZeroChargesNoInterest(RepaymentMethod method) {
        List<Installment> rows = scheduler.schedule(new BigDecimal("1000.00"), BigDecimal.ZERO, 3, method, DISBURSED);

        assertThat(rows).extracting(Installment::interest).allMatch(i -> i.signum() == 0);
        assertThat(rows.stream().map(Installment::principal).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualTo("1000.00");
    }

    @Test
    void equalInstallmentsAtZeroRateSplitThePrincipal() {
        List<Installment> rows = scheduler.schedule(new BigDecimal("1000.00"), BigDecimal.ZERO, 3, EQUAL_INSTALLMENT, DISBURSED);

        assertThat(rows).extracting(Installment::amount).map(BigDecimal::toPlainString).containsExactly("333.33", "333.33", "333.34");
    }

    @ParameterizedTest(name = "refuses P={0}, rate={1}, months={2}")
    @CsvSource(textBlock = """
            0,       4.35, 12
            -100,    4.35, 12
            100.001, 4.35, 12
            1000,   -0.01, 12
            1000,    4.35,  0
            1000,    4.35, -3
            """)
    void refusesBadArguments(String principal, String rate, int months) {
        for (RepaymentMethod method : RepaymentMethod.values()) {
            assertThatIllegalArgumentException().isThrownBy(
                    () -> scheduler.schedule(new BigDecimal(principal), new BigDecimal(rate), months, method, DISBURSED));
        }
    }

    private static void assertRow(Installment row, int number, LocalDate due, String principal, String interest,
                                  String amount, String balance) {
        assertThat(row.number()).isEqualTo(number);
        assertThat(row.dueDate()).isEqualTo(due);
        assertThat(row.principal()).isEqualTo(principal);
        assertThat(row.interest()).isEqualTo(interest);
        assertThat(row.amount()).isEqualTo(amount);
        assertThat(row.balanceAfter()).isEqualTo(balance);
    }
}
