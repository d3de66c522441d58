package org.xinyidai.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsccTests {

    @ParameterizedTest
    @ValueSource(strings = {"91110000600037341L", "91350100M000100Y43", "91320100748204660Q"})
    void domainExamplesPassTheCheck(String code) {
        Uscc uscc = Uscc.parse(code).orElseThrow();
        assertThat(uscc.checkCharacterValid()).isTrue();
        assertThat(uscc.expectedCheckCharacter()).isEqualTo(code.charAt(17));
    }

    @Test
    void aWrongCheckCharacterIsWellFormedButFailsTheCheck() {
        Uscc uscc = Uscc.parse("91350100M000100Y4Z").orElseThrow();
        assertThat(uscc.checkCharacterValid()).isFalse();
        assertThat(uscc.expectedCheckCharacter()).isEqualTo('3');
    }

    @Test
    void inputIsTrimmedAndUpperCased() {
        assertThat(Uscc.parse(" 91110000600037341l ")).map(Uscc::value).contains("91110000600037341L");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "9111000060003734", "91110000600037341LL", "9111000060003734IL", "91AB0000600037341L", "9111000060003734OL"})
    void malformedCodesAreRefused(String code) {
        assertThat(Uscc.parse(code)).isEmpty();
    }

    @Test
    void divisionCodeIsPositionsThreeToEight() {
        assertThat(new Uscc("91350100M000100Y43").divisionCode()).isEqualTo("350100");
    }
}
