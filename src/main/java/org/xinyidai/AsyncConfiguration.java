package org.xinyidai;

import java.util.concurrent.ThreadPoolExecutor;
import org.springframework.boot.task.ThreadPoolTaskExecutorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * The after-commit event listeners ({@code @ApplicationModuleListener}: messages, SMS, referral attribution) run
 * on Spring Boot's task executor, bounded in application.yml ({@code spring.task.execution.pool.*}).
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AsyncConfiguration {

    /**
     * With every thread busy and the queue full, the publishing thread delivers the event itself (after its commit,
     * still in a transaction of the listener's own) rather than dropping it: slower under a burst, never lost.
     */
    @Bean
    ThreadPoolTaskExecutorCustomizer callerRunsWhenFull() {
        return executor -> executor.setRejectedExecutionHandler(new ThreadPoolExecutor.CallerRunsPolicy());
    }
}
