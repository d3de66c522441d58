package org.xinyidai.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTests {

    @Test
    void alwaysHoldsTwoDecimalsRoundedHalfUp() {
        assertThat(Money.ofYuan("10.005").yuan()).isEqualByComparingTo("10.01");
        assertThat(Money.ofYuan("10.004").yuan().scale()).isEqualTo(2);
        assertThat(Money.ofYuan(5).toString()).isEqualTo("5.00");
    }

    @ParameterizedTest
    @CsvSource({"1234567.89, 123.46", "1000000, 100.00", "49.99, 0.00", "50, 0.01"})
    void showsWan(String yuan, String wan) {
        assertThat(Money.ofYuan(yuan).inWan()).isEqualByComparingTo(wan);
    }

    @Test
    void wanConvertsToYuan() {
        assertThat(Money.ofWan("100").yuan()).isEqualByComparingTo("1000000.00");
        assertThat(Money.ofWan("0.5")).isEqualTo(Money.ofYuan(5000));
    }

    @Test
    void arithmeticStaysExact() {
        Money sum = Money.ofYuan("0.10").plus(Money.ofYuan("0.20"));
        assertThat(sum).isEqualTo(Money.ofYuan("0.30"));
        assertThat(sum.minus(Money.ofYuan("0.31")).isNegative()).isTrue();
        assertThat(Money.ofYuan("1.00").minus(Money.ofYuan("1")).isZero()).isTrue();
        assertThat(Money.ofYuan("2").compareTo(Money.ofYuan("10"))).isNegative();
    }

    @Test
    void anAmountIsRequired() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Money((BigDecimal) null));
    }
}
