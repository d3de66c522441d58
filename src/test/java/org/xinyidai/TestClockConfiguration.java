package org.xinyidai;

import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.xinyidai.support.MovableClock;

/** Every test context runs on a {@link MovableClock}. */
@Configuration(proxyBeanMethods = false)
class TestClockConfiguration {

    @Bean
    @Primary
    MovableClock movableClock(ZoneId platformZone) {
        return new MovableClock(platformZone);
    }
}
