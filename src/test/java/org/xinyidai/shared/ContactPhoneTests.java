package org.xinyidai.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hotlines and contact phones: what people write for a number they can call, and nothing else. */
class ContactPhoneTests {

    @ParameterizedTest
    @ValueSource(strings = {"13812345678", "138 1234 5678", "+8613812345678", "0757-88881001", "0757-8888 1001",
            "0757 8888 1001", "075788881001", "020-83336000", "010-6552 8888-123", "(0757)88881001", "0757-8333600",
            "400-888-1234", "4008881234", "400-8020-020", "400-1016-871", "0757-8888-1001", "800 888 1234", "95588",
            "95105888", "96333", " 0757-88881001 "})
    void acceptsMobilesLandlinesAndServiceNumbers(String phone) {
        assertThat(ContactPhone.Validator.isValid(phone)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-99999999999999999999", "2026-02-30", "0757-0888100", "88881001", "0757-888", "abc",
            "0757-88881001x", "400-888-12345", "400--8881234", "0757-8888 10011 2", "9558", "12345", "1381234567",
            "+1 555 0100", "0757--88881001", "955888888"})
    void refusesWhatIsNoPhoneNumber(String phone) {
        assertThat(ContactPhone.Validator.isValid(phone)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void leavesBlankToNotBlank(String phone) {
        assertThat(ContactPhone.Validator.isValid(phone)).isTrue();
    }
}
