package org.xinyidai.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTests {

    @ParameterizedTest
    @CsvSource({
            "13812345678, 13812345678",
            "+8613812345678, 13812345678",
            "008619912345678, 19912345678",
            "138 1234 5678, 13812345678",
            "138-1234-5678, 13812345678"})
    void acceptsMainlandMobileNumbersInCommonSpellings(String input, String normalised) {
        assertThat(PhoneNumber.parse(input)).map(PhoneNumber::value).contains(normalised);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12812345678", "1381234567", "138123456789", "23812345678", "1381234567a", "+8512812345678"})
    void refusesWhatIsNotAMobileNumber(String input) {
        assertThat(PhoneNumber.parse(input)).isEmpty();
        assertThat(PhoneNumber.isValid(input)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void masksTheMiddleFourDigits() {
        assertThat(new PhoneNumber("13812345678").masked()).isEqualTo("138****5678");
        assertThat(new PhoneNumber("13812345678").toString()).isEqualTo("138****5678");
    }

    @org.junit.jupiter.api.Test
    void constructorRefusesUnnormalisedInputWithoutEchoingTheNumber() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PhoneNumber("+8613812345678"))
                .withMessageNotContaining("13812345678");
    }
}
