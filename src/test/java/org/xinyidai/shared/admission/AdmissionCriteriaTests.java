package org.xinyidai.shared.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xinyidai.shared.admission.AdmissionCheck.Outcome;

class AdmissionCriteriaTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final EnterpriseFacts SHUNDE_MAKER = new EnterpriseFacts(LocalDate.of(2022, 5, 1), TaxCreditGrade.B,
            new BigDecimal("1800"), IndustrySection.C, "440606", EnterpriseSize.SMALL, CreditGrade.B, false);

    static Stream<Arguments> oneConditionAtATime() {
        return Stream.of(
                Arguments.of("years ≥ 4", criteria(4, null, null, null, null, null, null, null, false), "years", Outcome.PASS, "admission.years.pass"),
                Arguments.of("years ≥ 5", criteria(5, null, null, null, null, null, null, null, false), "years", Outcome.FAIL, "admission.years.fail"),
                Arguments.of("tax A or B", criteria(null, EnumSet.of(TaxCreditGrade.A, TaxCreditGrade.B), null, null, null, null, null, null, false), "taxGrade", Outcome.PASS, "admission.taxGrade.pass"),
                Arguments.of("tax A only", criteria(null, EnumSet.of(TaxCreditGrade.A), null, null, null, null, null, null, false), "taxGrade", Outcome.FAIL, "admission.taxGrade.fail"),
                Arguments.of("revenue 1000–5000", criteria(null, null, "1000", "5000", null, null, null, null, false), "revenue", Outcome.PASS, "admission.revenue.pass"),
                Arguments.of("revenue ≥ 2000", criteria(null, null, "2000", null, null, null, null, null, false), "revenue", Outcome.FAIL, "admission.revenue.fail"),
                Arguments.of("revenue ≤ 1800 (edge)", criteria(null, null, null, "1800", null, null, null, null, false), "revenue", Outcome.PASS, "admission.revenue.pass"),
                Arguments.of("manufacturing", criteria(null, null, null, null, EnumSet.of(IndustrySection.C), null, null, null, false), "industry", Outcome.PASS, "admission.industry.pass"),
                Arguments.of("retail only", criteria(null, null, null, null, EnumSet.of(IndustrySection.F), null, null, null, false), "industry", Outcome.FAIL, "admission.industry.fail"),
                Arguments.of("Shunde served", criteria(null, null, null, null, null, Set.of("440606", "440605"), null, null, false), "region", Outcome.PASS, "admission.region.pass"),
                Arguments.of("Chancheng only", criteria(null, null, null, null, null, Set.of("440604"), null, null, false), "region", Outcome.FAIL, "admission.region.fail"),
                Arguments.of("small or micro", criteria(null, null, null, null, null, null, EnumSet.of(EnterpriseSize.SMALL, EnterpriseSize.MICRO), null, false), "size", Outcome.PASS, "admission.size.pass"),
                Arguments.of("medium only", criteria(null, null, null, null, null, null, EnumSet.of(EnterpriseSize.MEDIUM), null, false), "size", Outcome.FAIL, "admission.size.fail"),
                Arguments.of("credit ≥ B", criteria(null, null, null, null, null, null, null, CreditGrade.B, false), "creditGrade", Outcome.PASS, "admission.creditGrade.pass"),
                Arguments.of("credit ≥ A", criteria(null, null, null, null, null, null, null, CreditGrade.A, false), "creditGrade", Outcome.FAIL, "admission.creditGrade.fail"),
                Arguments.of("not dishonest", criteria(null, null, null, null, null, null, null, null, true), "dishonesty", Outcome.PASS, "admission.dishonesty.pass"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneConditionAtATime")
    void eachConditionPassesOrFailsWithItsReason(String name, AdmissionCriteria criteria, String condition,
                                                  Outcome outcome, String messageKey) {
        List<AdmissionCheck> checks = criteria.evaluate(SHUNDE_MAKER, TODAY);
        assertThat(checks).hasSize(1);
        assertThat(checks.get(0).condition()).isEqualTo(condition);
        assertThat(checks.get(0).outcome()).isEqualTo(outcome);
        assertThat(checks.get(0).messageKey()).isEqualTo(messageKey);
        assertThat(criteria.admits(SHUNDE_MAKER, TODAY)).isEqualTo(outcome == Outcome.PASS);
    }

    @Test
    void unknownFactsAreUnknownNotFailedAndDoNotStopAnApplication() {
        AdmissionCriteria criteria = criteria(2, EnumSet.of(TaxCreditGrade.A), "100", null, null, null, null, CreditGrade.B, true);
        EnterpriseFacts nothingKnown = new EnterpriseFacts(null, null, null, null, null, null, null, null);
        assertThat(criteria.evaluate(nothingKnown, TODAY)).extracting(AdmissionCheck::outcome)
                .containsOnly(Outcome.UNKNOWN).hasSize(5);
        assertThat(criteria.admits(nothingKnown, TODAY)).isTrue();
    }

    @Test
    void yearsInBusinessCountWholeYears() {
        EnterpriseFacts founded = new EnterpriseFacts(LocalDate.of(2024, 11, 29), null, null, null, null, null, null, null);
        assertThat(founded.yearsInBusiness(TODAY)).isEqualTo(1);
        assertThat(founded.yearsInBusiness(TODAY.plusDays(1))).isEqualTo(2);
        AdmissionCheck check = criteria(2, null, null, null, null, null, null, null, false).evaluate(founded, TODAY).get(0);
        assertThat(check.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(check.args()).containsExactly(2, 1);
    }

    @Test
    void noConditionsAdmitEveryoneAndSayNothing() {
        assertThat(AdmissionCriteria.NONE.isEmpty()).isTrue();
        assertThat(AdmissionCriteria.NONE.evaluate(SHUNDE_MAKER, TODAY)).isEmpty();
        assertThat(AdmissionCriteria.NONE.admits(SHUNDE_MAKER, TODAY)).isTrue();
    }

    @Test
    void creditGradesCompareBestFirst() {
        assertThat(CreditGrade.A.atLeast(CreditGrade.B)).isTrue();
        assertThat(CreditGrade.B.atLeast(CreditGrade.B)).isTrue();
        assertThat(CreditGrade.C.atLeast(CreditGrade.B)).isFalse();
    }

    private static AdmissionCriteria criteria(Integer years, Set<TaxCreditGrade> tax, String revenueMin, String revenueMax,
                                              Set<IndustrySection> industries, Set<String> regions,
                                              Set<EnterpriseSize> sizes, CreditGrade grade, boolean notDishonest) {
        return new AdmissionCriteria(years, tax, revenueMin == null ? null : new BigDecimal(revenueMin),
                revenueMax == null ? null : new BigDecimal(revenueMax), industries, regions, sizes, grade, notDishonest);
    }
}
