package org.xinyidai;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cache.CacheManager;
import org.springframework.context.ApplicationContext;

/**
 * Without {@code XYD_CACHE=redis} the application sets up no Redis client at all (no connection factory, no
 * Lettuce event-loop threads): it starts faster and opens no connection to a Redis nobody asked for.
 * {@code RedisSiteCacheTests} shows the other side: with {@code spring.cache.type=redis} the caches live in Redis.
 */
@SpringBootTest
class RedisOnlyWhenAskedForTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    CacheManager caches;

    @Test
    void theDefaultRunHasNoRedisClient() {
        assertThat(context.getBeanNamesForType(
                org.springframework.data.redis.connection.RedisConnectionFactory.class)).isEmpty();
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                .noneMatch(name -> name.startsWith("lettuce"));
        assertThat(caches.getCache("sites")).isNotNull();
        assertThat(caches.getCache("sites").getNativeCache().getClass().getName()).contains("caffeine");
    }
}
