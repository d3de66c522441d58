package org.xinyidai.identity.security;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.web.servlet.HandlerMapping;
import org.xinyidai.identity.Role;
import org.xinyidai.identity.account.Accounts;

/**
 * Who may open what. Sign-in itself is done by our own controllers (two tabs, a second factor for
 * staff), which put the {@link org.xinyidai.identity.CurrentUser} into the session through
 * {@link SessionSignIn}. Each role's console is closed to the other roles; everything under
 * {@code /api} answers with problems instead of redirects.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    static final String[] PUBLIC = {
            "/", "/login", "/login/**", "/register", "/register/**", "/password/forgot", "/password/forgot/**",
            "/sms/send", "/legal/**", "/dev/sms", "/error", "/error/**", "/webjars/**", "/css/**", "/js/**",
            "/img/**", "/favicon.ico", "/actuator/health", "/actuator/health/**", "/onboarding", "/onboarding/**",
            "/products", "/products/**", "/institutions", "/institutions/**", "/help", "/help/**", "/contact",
            "/contact/**", "/feedback", "/feedback/**", "/promotion", "/promotion/**", "/sites", "/agencies",
            "/agencies/**"};

    @Bean
    SecurityFilterChain web(HttpSecurity http, SecurityContextRepository contexts, CsrfTokenRepository csrfTokens,
                            RequestCache requestCache, Accounts accounts, AuditingLogoutHandler auditingLogout,
                            @Lazy @Qualifier("requestMappingHandlerMapping") HandlerMapping pages) throws Exception {
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers("/enterprise", "/enterprise/**").hasRole(Role.ENTERPRISE.name())
                        .requestMatchers("/institution/nodes/**", "/institution/staff/**", "/institution/nodes",
                                "/institution/staff").hasAnyRole(Role.INST_HQ_ADMIN.name(), Role.INST_ADMIN.name())
                        .requestMatchers("/institution/profile", "/institution/profile/**").hasRole(Role.INST_HQ_ADMIN.name())
                        .requestMatchers("/institution/referral", "/institution/referral/**").hasRole(
                                Role.CUSTOMER_MANAGER.name())
                        .requestMatchers("/institution", "/institution/**").hasAnyRole(
                                Role.INST_HQ_ADMIN.name(), Role.INST_ADMIN.name(), Role.CUSTOMER_MANAGER.name())
                        .requestMatchers("/gov", "/gov/**").hasRole(Role.GOV_OFFICER.name())
                        .requestMatchers("/advisor", "/advisor/**").hasRole(Role.ADVISOR.name())
                        .requestMatchers("/agency", "/agency/**").hasRole(Role.CREDIT_AGENCY.name())
                        .requestMatchers("/admin", "/admin/**").hasRole(Role.PLATFORM_ADMIN.name())
                        .anyRequest().authenticated())
                .securityContext(context -> context.securityContextRepository(contexts))
                .requestCache(cache -> cache.requestCache(requestCache))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new KnownPagesEntryPoint(loginPage(), pages)))
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .addLogoutHandler(auditingLogout)
                        .logoutSuccessUrl("/login?logout"))
                .addFilterAfter(new SignedInAccountFilter(accounts, contexts), SecurityContextHolderFilter.class)
                .headers(headers -> headers
                        // Sent on HTTPS requests only: behind a TLS proxy that says so (X-Forwarded-Proto with
                        // server.forward-headers-strategy=native, XYD_FORWARD_HEADERS), or with TLS in Tomcat.
                        .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                        + "script-src 'self'; object-src 'none'; frame-ancestors 'none'; "
                                        + "base-uri 'self'; form-action 'self'"))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
        return http.build();
    }

    /**
     * Sends the visitor to "/login" as a relative URL: an absolute one would be built from the request's Host
     * header, which anyone can forge (Tomcat's own redirects are relative too: server.tomcat.use-relative-redirects).
     */
    private static LoginUrlAuthenticationEntryPoint loginPage() {
        LoginUrlAuthenticationEntryPoint entryPoint = new LoginUrlAuthenticationEntryPoint("/login");
        entryPoint.setFavorRelativeUris(true);
        return entryPoint;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    CsrfTokenRepository csrfTokenRepository() {
        return new HttpSessionCsrfTokenRepository();
    }

    @Bean
    RequestCache requestCache() {
        return new HttpSessionRequestCache();
    }
}
