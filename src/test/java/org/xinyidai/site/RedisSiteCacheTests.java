package org.xinyidai.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The site cache on the real Redis at 127.0.0.1:6379 ({@code XYD_CACHE=redis}), with a key prefix of its own so
 * no other run's entries are read; the inherited test proves the admin's edit evicts it.
 */
@SpringBootTest(properties = "spring.cache.type=redis")
@AutoConfigureMockMvc
class RedisSiteCacheTests extends SiteCacheTests {

    private static final String PREFIX = "xyd-test-" + UUID.randomUUID() + ":";

    @Autowired
    StringRedisTemplate redis;

    @DynamicPropertySource
    static void keyPrefix(DynamicPropertyRegistry registry) {
        registry.add("spring.cache.redis.key-prefix", () -> PREFIX);
    }

    @Test
    void theSitesAreStoredInRedis() throws Exception {
        assertThat(sitesPage()).contains("佛山站");
        assertThat(redis.hasKey(PREFIX + "sites::all")).isTrue();
    }
}
