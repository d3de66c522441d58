package org.xinyidai.shared.admission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may apply (a product) or who is eligible (a policy): a small rule model of optional conditions.
 * Evaluating it against an enterprise's facts yields one {@link AdmissionCheck} per condition set, so
 * every "no" can be explained. Empty sets and nulls mean "no condition".
 */
public record AdmissionCriteria(Integer minYearsInBusiness, Set<TaxCreditGrade> taxCreditGrades,
                                BigDecimal minRevenueWan, BigDecimal maxRevenueWan, Set<IndustrySection> industries,
                                Set<String> regionCodes, Set<EnterpriseSize> sizes, CreditGrade minCreditGrade,
                                boolean notOnDishonestyList) {

    public static final AdmissionCriteria NONE =
            new AdmissionCriteria(null, Set.of(), null, null, Set.of(), Set.of(), Set.of(), null, false);

    public AdmissionCriteria {
        taxCreditGrades = taxCreditGrades == null ? Set.of() : Set.copyOf(taxCreditGrades);
        industries = industries == null ? Set.of() : Set.copyOf(industries);
        regionCodes = regionCodes == null ? Set.of() : Set.copyOf(regionCodes);
        sizes = sizes == null ? Set.of() : Set.copyOf(sizes);
    }

    public List<AdmissionCheck> evaluate(EnterpriseFacts facts, LocalDate today) {
        List<AdmissionCheck> checks = new ArrayList<>();
        if (minYearsInBusiness != null) {
            Integer years = facts.yearsInBusiness(today);
            checks.add(years == null ? unknown("years", "admission.years.unknown", minYearsInBusiness)
                    : check("years", years >= minYearsInBusiness, "admission.years", minYearsInBusiness, years));
        }
        if (!taxCreditGrades.isEmpty()) {
            checks.add(facts.taxCreditGrade() == null ? unknown("taxGrade", "admission.taxGrade.unknown", names(taxCreditGrades))
                    : check("taxGrade", taxCreditGrades.contains(facts.taxCreditGrade()), "admission.taxGrade",
                    names(taxCreditGrades), facts.taxCreditGrade().name()));
        }
        if (minRevenueWan != null || maxRevenueWan != null) {
            BigDecimal revenue = facts.annualRevenueWan();
            boolean above = revenue != null && (minRevenueWan == null || revenue.compareTo(minRevenueWan) >= 0);
            boolean below = revenue != null && (maxRevenueWan == null || revenue.compareTo(maxRevenueWan) <= 0);
            checks.add(revenue == null ? unknown("revenue", "admission.revenue.unknown", range(), "")
                    : check("revenue", above && below, "admission.revenue", range(), revenue.stripTrailingZeros().toPlainString()));
        }
        if (!industries.isEmpty()) {
            checks.add(facts.industry() == null ? unknown("industry", "admission.industry.unknown")
                    : check("industry", industries.contains(facts.industry()), "admission.industry"));
        }
        if (!regionCodes.isEmpty()) {
            checks.add(facts.regionCode() == null ? unknown("region", "admission.region.unknown")
                    : check("region", regionCodes.contains(facts.regionCode()), "admission.region"));
        }
        if (!sizes.isEmpty()) {
            checks.add(facts.size() == null ? unknown("size", "admission.size.unknown")
                    : check("size", sizes.contains(facts.size()), "admission.size"));
        }
        if (minCreditGrade != null) {
            checks.add(facts.creditGrade() == null ? unknown("creditGrade", "admission.creditGrade.unknown", minCreditGrade.name())
                    : check("creditGrade", facts.creditGrade().atLeast(minCreditGrade), "admission.creditGrade",
                    minCreditGrade.name(), facts.creditGrade().name()));
        }
        if (notOnDishonestyList) {
            checks.add(facts.onDishonestyList() == null ? unknown("dishonesty", "admission.dishonesty.unknown")
                    : check("dishonesty", !facts.onDishonestyList(), "admission.dishonesty"));
        }
        return checks;
    }

    /** True when no condition failed (unknown ones do not stop an application; the lender checks them). */
    public boolean admits(EnterpriseFacts facts, LocalDate today) {
        return evaluate(facts, today).stream().noneMatch(AdmissionCheck::failed);
    }

    public boolean isEmpty() {
        return minYearsInBusiness == null && taxCreditGrades.isEmpty() && minRevenueWan == null && maxRevenueWan == null
                && industries.isEmpty() && regionCodes.isEmpty() && sizes.isEmpty() && minCreditGrade == null
                && !notOnDishonestyList;
    }

    private String range() {
        return (minRevenueWan == null ? "" : minRevenueWan.stripTrailingZeros().toPlainString()) + "–"
                + (maxRevenueWan == null ? "" : maxRevenueWan.stripTrailingZeros().toPlainString());
    }

    private static String names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining("/"));
    }

    private static AdmissionCheck check(String condition, boolean passed, String key, Object... args) {
        return new AdmissionCheck(condition, passed ? AdmissionCheck.Outcome.PASS : AdmissionCheck.Outcome.FAIL,
                key + (passed ? ".pass" : ".fail"), args);
    }

    private static AdmissionCheck unknown(String condition, String key, Object... args) {
        return new AdmissionCheck(condition, AdmissionCheck.Outcome.UNKNOWN, key, args);
    }
}
