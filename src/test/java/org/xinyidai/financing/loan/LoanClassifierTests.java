package org.xinyidai.financing.loan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoanClassifierTests {

    private final LoanClassifier defaults = new LoanClassifier(new LoanProperties.Classification(90, 270, 360));

    @ParameterizedTest(name = "{0} days past due → {1}")
    @CsvSource(textBlock = """
            0,   NORMAL
            1,   SPECIAL_MENTION
            90,  SPECIAL_MENTION
            91,  SUBSTANDARD
            270, SUBSTANDARD
            271, DOUBTFUL
            360, DOUBTFUL
            361, LOSS
            5000, LOSS
            """)
    void classifiesByDaysPastDue(int days, LoanClass expected) {
        assertThat(defaults.classify(days)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "thresholds 30/60/180: {0} days → {1}")
    @CsvSource(textBlock = """
            0,   NORMAL
            30,  SPECIAL_MENTION
            31,  SUBSTANDARD
            60,  SUBSTANDARD
            61,  DOUBTFUL
            91,  DOUBTFUL
            180, DOUBTFUL
            181, LOSS
            """)
    void customThresholdsMoveTheBoundaries(int days, LoanClass expected) {
        LoanClassifier strict = new LoanClassifier(new LoanProperties.Classification(30, 60, 180));

        assertThat(strict.classify(days)).isEqualTo(expected);
    }

    @Test
    void refusesNegativeDaysAndThresholdsThatDoNotRise() {
        assertThatIllegalArgumentException().isThrownBy(() -> defaults.classify(-1));
        assertThatIllegalArgumentException().isThrownBy(() -> new LoanProperties.Classification(90, 90, 360));
        assertThatIllegalArgumentException().isThrownBy(() -> new LoanProperties.Classification(0, 270, 360));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            正常 / 关注 performing, the rest not | NORMAL          | false | loan.class.NORMAL
            关注                                 | SPECIAL_MENTION | false | loan.class.SPECIAL_MENTION
            次级                                 | SUBSTANDARD     | true  | loan.class.SUBSTANDARD
            可疑                                 | DOUBTFUL        | true  | loan.class.DOUBTFUL
            损失                                 | LOSS            | true  | loan.class.LOSS
            """)
    void nonPerformingAndLabels(String label, LoanClass loanClass, boolean nonPerforming, String key) {
        assertThat(loanClass.nonPerforming()).isEqualTo(nonPerforming);
        assertThat(loanClass.labelKey()).isEqualTo(key);
    }

    @ParameterizedTest(name = "today {0}: {1} days past due")
    @CsvSource(textBlock = """
            2026-03-14, 0
            2026-03-15, 0
            2026-03-16, 1
            2026-06-13, 90
            2026-06-14, 91
            """)
    void daysPastDueCountFromTheEarliestUnpaidDueDate(LocalDate today, int expected) {
        List<Due> dues = List.of(
                Due.of(LocalDate.of(2026, 2, 15), BigDecimal.ZERO),          // repaid in full
                Due.of(LocalDate.of(2026, 4, 15), new BigDecimal("500.00")),
                Due.of(LocalDate.of(2026, 3, 15), new BigDecimal("0.01")));  // a cent still owed

        assertThat(LoanClassifier.daysPastDue(dues, today)).isEqualTo(expected);
    }

    @Test
    void installmentsCanBeDuesAndNothingOwedIsNotOverdue() {
        assertThat(LoanClassifier.daysPastDue(List.of(), LocalDate.of(2026, 3, 15))).isZero();
        assertThat(LoanClassifier.daysPastDue(List.of(Due.of(LocalDate.of(2026, 1, 1), BigDecimal.ZERO)), LocalDate.of(2026, 3, 15))).isZero();
    }

    /** Claims as "CLASS:balance" pairs separated by spaces; expected "-" when nothing is raised. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            NORMAL:900 SUBSTANDARD:100,                  -
            NORMAL:899.99 SUBSTANDARD:100.01,            SUBSTANDARD
            NORMAL:500 SPECIAL_MENTION:300 DOUBTFUL:200, DOUBTFUL
            SUBSTANDARD:100 LOSS:100,                    LOSS
            DOUBTFUL:100 DOUBTFUL:50,                    -
            NORMAL:100 SPECIAL_MENTION:100,              -
            LOSS:0,                                      -
            """)
    void debtorRuleRaisesAllClaimsAboveTenPercentNonPerforming(String claims, String expected) {
        List<LoanClassifier.Claim> parsed = Arrays.stream(claims.split(" "))
                .map(c -> c.split(":"))
                .map(c -> new LoanClassifier.Claim(LoanClass.valueOf(c[0]), new BigDecimal(c[1])))
                .toList();

        assertThat(LoanClassifier.debtorLevel(parsed)).isEqualTo("-".equals(expected) ? null : LoanClass.valueOf(expected));
    }
}
