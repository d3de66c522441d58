package org.xinyidai.portal.web;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * CSS, JavaScript, images and WebJars are cached by browsers for a year and never re-asked: their URLs
 * change whenever their content does, so a cached copy can never be stale. Our own files get a content
 * hash in the file name ({@code /css/app-<md5>.css}); WebJars get their version in the path
 * ({@code /webjars/bootstrap/5.3.3/…}). Templates must link them through {@code @{…}} so that
 * {@code ResourceUrlEncodingFilter} writes the versioned URL.
 *
 * <p>Runs before Spring Boot's own resource configuration, which then leaves {@code /webjars/**} alone and
 * keeps serving everything else under {@code /static} as before. Spring Security's {@code no-store} is only
 * written when the answer has no {@code Cache-Control} of its own, so HTML pages keep it.
 */
@Configuration(proxyBeanMethods = false)
@Order(Ordered.HIGHEST_PRECEDENCE)
class StaticResourceConfiguration implements WebMvcConfigurer {

    /** max-age=31536000, public, immutable. */
    static final CacheControl VERSIONED = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private static final String[] OWN_FOLDERS = {"css", "js", "img"};

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String folder : OWN_FOLDERS) {
            registry.addResourceHandler("/" + folder + "/**")
                    .addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(VERSIONED)
                    .resourceChain(true)
                    .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
        // The resource chain adds the WebJars resolver (webjars-locator-lite), which puts the version into
        // the URL of a version-less link such as @{/webjars/bootstrap/dist/css/bootstrap.min.css}.
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(VERSIONED)
                .resourceChain(true);
    }
}
