package org.xinyidai.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RateTests {

    @ParameterizedTest
    @CsvSource({"4.35, 4.35", "4, 4.00", "3.2500, 3.25", "6.12345, 6.1235"})
    void readsAsPeopleWriteRates(String percent, String shown) {
        assertThat(Rate.ofPercent(percent).text()).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource({"4.35, 0.043500", "12, 0.120000"})
    void isAFractionForArithmetic(String percent, String fraction) {
        assertThat(Rate.ofPercent(percent).annualFraction()).isEqualByComparingTo(new BigDecimal(fraction));
    }
}
