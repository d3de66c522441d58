package org.xinyidai.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikeTests {

    @Test
    void wildcardsAndTheEscapeCharacterStandForThemselves() {
        assertThat(Like.contains("50%_off\\")).isEqualTo("%50\\%\\_off\\\\%");
        assertThat(Like.contains("张三")).isEqualTo("%张三%");
    }
}
