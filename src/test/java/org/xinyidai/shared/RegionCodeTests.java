package org.xinyidai.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodeTests {

    private static final RegionCode FOSHAN = new RegionCode("440600");
    private static final RegionCode SHUNDE = new RegionCode("440606");

    @Test
    void tellsCityFromDistrict() {
        assertThat(FOSHAN.isCity()).isTrue();
        assertThat(FOSHAN.isDistrict()).isFalse();
        assertThat(SHUNDE.isDistrict()).isTrue();
        assertThat(new RegionCode("440000").isProvince()).isTrue();
    }

    @Test
    void aCityContainsItsDistrictsButNotAnotherCitys() {
        assertThat(FOSHAN.contains(SHUNDE)).isTrue();
        assertThat(FOSHAN.contains(FOSHAN)).isTrue();
        assertThat(FOSHAN.contains(new RegionCode("440106"))).isFalse();
        assertThat(SHUNDE.contains(FOSHAN)).isFalse();
        assertThat(SHUNDE.contains(new RegionCode("440605"))).isFalse();
        assertThat(SHUNDE.city()).isEqualTo(FOSHAN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "44060", "4406066", "04060a", "044060"})
    void refusesWhatIsNotASixDigitCode(String code) {
        assertThatIllegalArgumentException().isThrownBy(() -> new RegionCode(code));
    }
}
