package org.xinyidai.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xinyidai.shared.Money;
import org.xinyidai.shared.admission.EnterpriseSize;
import org.xinyidai.shared.admission.IndustrySection;
import org.junit.jupiter.api.Test;

/** 中小企业划型 against DOMAIN.md's table: its four 工业 cases, and one case per row at a boundary. */
class EnterpriseSizingTests {

    @ParameterizedTest(name = "{0} X={1} Y={2} Z={3} → {4}")
    @CsvSource({
            // DOMAIN.md's 工业 cases
            "INDUSTRY, 1000, 40000, 0, LARGE",
            "INDUSTRY, 300, 2000, 0, MEDIUM",
            "INDUSTRY, 300, 1999, 0, SMALL",
            "INDUSTRY, 19, 5000, 0, MICRO",
            // one case per row
            "AGRICULTURE, 0, 500, 0, MEDIUM",
            "AGRICULTURE, 0, 49.99, 0, MICRO",
            "AGRICULTURE, 0, 20000, 0, LARGE",
            "CONSTRUCTION, 0, 6000, 4999, SMALL",
            "CONSTRUCTION, 0, 80000, 80000, LARGE",
            "WHOLESALE, 20, 5000, 0, MEDIUM",
            "WHOLESALE, 4, 5000, 0, MICRO",
            "RETAIL, 10, 100, 0, SMALL",
            "RETAIL, 300, 20000, 0, LARGE",
            "TRANSPORT, 300, 3000, 0, MEDIUM",
            "WAREHOUSING, 20, 99, 0, MICRO",
            "POSTAL, 20, 100, 0, SMALL",
            "ACCOMMODATION_CATERING, 100, 2000, 0, MEDIUM",
            "INFORMATION_TRANSMISSION, 2000, 100000, 0, LARGE",
            "INFORMATION_TRANSMISSION, 10, 100, 0, SMALL",
            "SOFTWARE_IT, 9, 5000, 0, MICRO",
            "SOFTWARE_IT, 10, 50, 0, SMALL",
            "REAL_ESTATE_DEVELOPMENT, 0, 1000, 5000, MEDIUM",
            "REAL_ESTATE_DEVELOPMENT, 0, 200000, 10000, LARGE",
            "PROPERTY_MANAGEMENT, 100, 500, 0, SMALL",
            "PROPERTY_MANAGEMENT, 99, 4000, 0, MICRO",
            "LEASING_BUSINESS, 100, 0, 8000, MEDIUM",
            "LEASING_BUSINESS, 300, 0, 120000, LARGE",
            "OTHER, 100, 0, 0, MEDIUM",
            "OTHER, 9, 0, 0, MICRO",
            "OTHER, 300, 0, 0, LARGE"
    })
    void classifiesByTheTable(SizingCategory category, int employees, BigDecimal revenue, BigDecimal assets,
                              EnterpriseSize expected) {
        assertThat(category.classify(employees, wan(revenue), wan(assets))).isEqualTo(expected);
    }

    @Test
    void everyRowOfTheTableIsThere() {
        assertThat(SizingCategory.values()).hasSize(15);
    }

    @Test
    void aSectionPreselectsItsRow() {
        assertThat(SizingCategory.defaultFor(IndustrySection.C)).isEqualTo(SizingCategory.INDUSTRY);
        assertThat(SizingCategory.defaultFor(IndustrySection.F)).isEqualTo(SizingCategory.WHOLESALE);
        assertThat(SizingCategory.defaultFor(IndustrySection.I)).isEqualTo(SizingCategory.SOFTWARE_IT);
        assertThat(SizingCategory.defaultFor(IndustrySection.P)).isEqualTo(SizingCategory.OTHER);
    }

    /** The table's figures are in 万元. */
    private static Money wan(BigDecimal amount) {
        return Money.ofWan(amount.toPlainString());
    }
}
