package org.xinyidai;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Redis is only the shared cache of several instances ({@code XYD_CACHE=redis}). In every other run its client
 * (Lettuce, Netty, Reactor: a thousand classes, a connection factory and event-loop threads) was still set up at
 * start-up and never used, about two seconds of a twelve-second start on our machines. So Redis's
 * auto-configuration (and Spring Data's web and repository-metrics parts it brings along) is left out unless
 * {@code spring.cache.type} is {@code redis}.
 */
class RedisOnlyWhenAskedFor implements EnvironmentPostProcessor {

    static final List<String> REDIS_AUTO_CONFIGURATIONS = List.of(
            "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.DataRedisReactiveAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.DataRedisRepositoriesAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.health.DataRedisHealthContributorAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.health.DataRedisReactiveHealthContributorAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.observation.LettuceObservationAutoConfiguration",
            "org.springframework.boot.netty.autoconfigure.NettyAutoConfiguration",
            "org.springframework.boot.data.autoconfigure.metrics.DataRepositoryMetricsAutoConfiguration",
            "org.springframework.boot.data.autoconfigure.web.DataWebAutoConfiguration");

    private static final String EXCLUDE = "spring.autoconfigure.exclude";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if ("redis".equalsIgnoreCase(environment.getProperty("spring.cache.type", "").trim())) {
            return;
        }
        Set<String> excluded = new LinkedHashSet<>(
                StringUtils.commaDelimitedListToSet(environment.getProperty(EXCLUDE, "")));
        excluded.removeIf(String::isBlank);
        excluded.addAll(REDIS_AUTO_CONFIGURATIONS);
        environment.getPropertySources().addFirst(new MapPropertySource("xydRedisOnlyWhenAskedFor",
                Map.of(EXCLUDE, String.join(",", excluded))));
    }
}
