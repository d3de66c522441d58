package org.xinyidai.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdNumberTests {

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "360426199101010071", "11010519491231002x"})
    void domainExamplesAreValid(String id) {
        assertThat(ResidentIdNumber.parse(id)).isPresent();
    }

    @Test
    void theWrongCheckCharacterIsRefused() {
        assertThat(ResidentIdNumber.isValid("110101199003077777")).isFalse();
        assertThat(ResidentIdNumber.expectedCheckCharacter("110101199003077777")).isEqualTo('4');
        assertThat(ResidentIdNumber.isValid("110101199003077774")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "11010519491231002", "1101051949123100XX", "110105194902300028"})
    void malformedNumbersAndImpossibleDatesAreRefused(String id) {
        assertThat(ResidentIdNumber.parse(id)).isEmpty();
    }

    @Test
    void birthDateSexAndMaskComeFromTheNumber() {
        ResidentIdNumber id = new ResidentIdNumber("11010519491231002X");
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(id.male()).isFalse();
        assertThat(new ResidentIdNumber("360426199101010071").male()).isTrue();
        assertThat(id.masked()).isEqualTo("110***********002X");
        assertThat(id.toString()).doesNotContain("19491231");
    }
}
