package org.xinyidai;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The platform runs on Beijing time (Asia/Shanghai) whatever the server's zone. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    ZoneId platformZone(@Value("${xyd.time-zone:Asia/Shanghai}") String zone) {
        return ZoneId.of(zone);
    }

    @Bean
    Clock clock(ZoneId platformZone) {
        return Clock.system(platformZone);
    }
}
