package org.xinyidai;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.cache.autoconfigure.RedisCacheManagerBuilderCustomizer;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.CachingConfigurer;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.interceptor.CacheErrorHandler;
import org.springframework.cache.interceptor.LoggingCacheErrorHandler;
import org.springframework.cache.transaction.TransactionAwareCacheManagerProxy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.cache.RedisCacheWriter;
import org.springframework.data.redis.connection.RedisConnectionFactory;

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

    /**
     * Redis writes and evictions happen before the call returns. Spring Data Redis otherwise sends them
     * asynchronously on Lettuce, so the page right after an admin's edit could still read the evicted entry.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(RedisConnectionFactory.class)
    static class RedisWritesAtOnce {

        @Bean
        RedisCacheManagerBuilderCustomizer immediateRedisWrites(ObjectProvider<RedisConnectionFactory> connections) {
            return builder -> connections.ifAvailable(factory -> builder.cacheWriter(
                    RedisCacheWriter.create(factory, writer -> writer.immediateWrites())));
        }
    }

    /** A cache that fails (Redis down, a value from an older release) is logged and read around, never a 500. */
    @Override
    public CacheErrorHandler errorHandler() {
        return new LoggingCacheErrorHandler(true);
    }
}
