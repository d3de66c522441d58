package org.xinyidai;

import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.xinyidai.support.OneConnectionPerThread;

/**
 * Every test context's DataSource refuses a thread a second connection while it holds one
 * ({@link OneConnectionPerThread}); with the small pool of the test configuration, a request that would need
 * two fails the build instead of stalling production under load.
 */
@Configuration(proxyBeanMethods = false)
class ConnectionGuardConfiguration {

    @Bean
    static BeanPostProcessor oneConnectionPerThread() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource && !(bean instanceof OneConnectionPerThread)
                        ? new OneConnectionPerThread(dataSource) : bean;
            }
        };
    }

    @Bean
    ApplicationListener<ApplicationReadyEvent> armConnectionGuard(DataSource dataSource) {
        return event -> {
            try {
                dataSource.unwrap(OneConnectionPerThread.class).arm();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("The test DataSource is not guarded", e);
            }
        };
    }
}
