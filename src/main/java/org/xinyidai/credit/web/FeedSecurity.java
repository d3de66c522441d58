package org.xinyidai.credit.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.xinyidai.credit.CreditProperties;

/**
 * The data-exchange feed ({@code /api/credit/**}) is for systems, not people: a bearer token from
 * {@code xyd.credit.feed-tokens} per system, no session, no CSRF token (nothing rides on a browser's cookies), and a
 * 401 problem for a missing or unknown token.
 */
@Configuration(proxyBeanMethods = false)
class FeedSecurity {

    static final String ROLE = "CREDIT_FEED";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain creditFeed(HttpSecurity http, CreditProperties properties) throws Exception {
        http.securityMatcher("/api/credit/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().hasRole(ROLE))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new BearerTokens(properties.feedTokens()), AnonymousAuthenticationFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> unauthorised(response))
                        .accessDeniedHandler((request, response, e) -> unauthorised(response)));
        return http.build();
    }

    private static void unauthorised(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Bearer");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write("""
                {"type":"about:blank","title":"Unauthorized","status":401,\
                "detail":"A feed token is required (Authorization: Bearer ...)"}""".getBytes(StandardCharsets.UTF_8));
    }

    /** Signs a request in as the exchange system whose token it carries. */
    private static final class BearerTokens extends OncePerRequestFilter {

        private final Map<String, String> tokens;

        BearerTokens(Map<String, String> tokens) {
            this.tokens = tokens;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader("Authorization");
            if (header != null && header.startsWith("Bearer ")) {
                system(header.substring(7).strip()).ifPresent(name -> SecurityContextHolder.getContext()
                        .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null,
                                List.of(new SimpleGrantedAuthority("ROLE_" + ROLE)))));
            }
            chain.doFilter(request, response);
        }

        private Optional<String> system(String token) {
            byte[] given = token.getBytes(StandardCharsets.UTF_8);
            return tokens.entrySet().stream()
                    .filter(e -> e.getValue() != null && e.getValue().length() >= CreditProperties.MIN_TOKEN_LENGTH)
                    .filter(e -> MessageDigest.isEqual(e.getValue().getBytes(StandardCharsets.UTF_8), given))
                    .map(Map.Entry::getKey).findFirst();
        }
    }
}
