package org.xinyidai.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** 成功率 as the consoles show it: one decimal, rounded half up; no rate when nothing was received. */
class ShareTests {

    @Test
    void aShareReadsAsAPercentWithOneDecimal() {
        assertThat(new Share(1, 2).percentText()).isEqualTo("50.0");
        assertThat(new Share(1, 3).percentText()).isEqualTo("33.3");
        assertThat(new Share(2, 3).percentText()).isEqualTo("66.7");
        assertThat(new Share(0, 7).percentText()).isEqualTo("0.0");
    }

    @Test
    void nothingReceivedMeansNoRateAndANegativePartIsRefused() {
        assertThat(Share.ofOrNone(0, 0)).isNull();
        assertThat(Share.ofOrNone(3, 4)).isEqualTo(new Share(3, 4));
        assertThatThrownBy(() -> new Share(-1, 4)).isInstanceOf(IllegalArgumentException.class);
    }
}
