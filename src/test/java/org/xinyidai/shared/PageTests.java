package org.xinyidai.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageTests {

    @Test
    void countsPagesAsPeopleDo() {
        Page<String> page = new Page<>(List.of("a", "b"), 22, new PageRequest(2, 10));

        assertThat(page.pages()).isEqualTo(3);
        assertThat(page.hasPrevious()).isTrue();
        assertThat(page.hasNext()).isTrue();
        assertThat(page.request().offset()).isEqualTo(10);
    }

    @Test
    void anEmptyListIsOnePage() {
        Page<String> page = Page.empty(new PageRequest(1, 20));

        assertThat(page.pages()).isEqualTo(1);
        assertThat(page.hasNext()).isFalse();
        assertThat(page.isPastTheEnd()).isFalse();
    }

    @Test
    void aPagePastTheEndSaysSo() {
        Page<String> page = new Page<>(List.of(), 3, new PageRequest(2, 20));

        assertThat(page.isPastTheEnd()).isTrue();
        assertThat(page.isEmpty()).isTrue();
    }

    @Test
    void aPageNumberBelowOneReadsAsTheFirst() {
        assertThat(new PageRequest(0, 20).number()).isEqualTo(1);
        assertThat(PageRequest.of(null, 20).offset()).isZero();
    }
}
