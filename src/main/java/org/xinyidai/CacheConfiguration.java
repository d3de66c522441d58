package org.xinyidai;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.CachingConfigurer;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.interceptor.CacheErrorHandler;
import org.springframework.cache.interceptor.LoggingCacheErrorHandler;
import org.springframework.cache.transaction.TransactionAwareCacheManagerProxy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Caches for what rarely changes (the sites with their districts, institution names, reject reasons), through
 * Spring's cache abstraction: Caffeine in one process, Redis with {@code XYD_CACHE=redis} (application.yml).
 * Cached values are immutable records, serialisable for Redis.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class CacheConfiguration implements CachingConfigurer {

    /**
     * Evictions (and puts) inside a transaction wait for its commit: evicting before the commit would let a
     * concurrent request cache the old rows again until the entry expires.
     */
    @Bean
    static BeanPostProcessor transactionAwareCaches() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof CacheManager manager && !(bean instanceof TransactionAwareCacheManagerProxy)
                        ? new TransactionAwareCacheManagerProxy(manager) : bean;
            }
        };
    }

    /** A cache that fails (Redis down, a value from an older release) is logged and read around, never a 500. */
    @Override
    public CacheErrorHandler errorHandler() {
        return new LoggingCacheErrorHandler(true);
    }
}
