package org.xinyidai.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.xinyidai.identity.AccountAdministration.NewAccount;
import org.xinyidai.shared.PhoneNumber;

/** Access rules, CSRF, headers and sessions, from the outside. */
@SpringBootTest
@AutoConfigureMockMvc
class WebSecurityTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountAdministration accounts;

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login/password").param("phone", "13900000001").param("password", "Xyd@2026"))
                .andExpect(status().isForbidden());
    }

    @Test
    void consolesNeedSigningIn() throws Exception {
        for (String console : List.of("/enterprise", "/institution", "/gov", "/advisor", "/agency", "/admin")) {
            mvc.perform(get(console)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        }
    }

    /** The localised pages themselves are checked in the browser tests: MockMvc has no error dispatch. */
    @Test
    void anotherRolesConsoleIsForbiddenAndAnUnknownPageIsNotFound() throws Exception {
        var enterprise = as(Role.ENTERPRISE);
        for (String console : List.of("/institution", "/gov", "/advisor", "/agency", "/admin", "/admin/audit",
                "/admin/accounts")) {
            mvc.perform(get(console).with(enterprise)).andExpect(status().isForbidden());
        }
        mvc.perform(get("/enterprise").with(enterprise)).andExpect(status().isOk());
        mvc.perform(get("/enterprise/no-such-page").with(enterprise)).andExpect(status().isNotFound());
        var advisor = as(Role.ADVISOR);
        mvc.perform(get("/advisor").with(advisor)).andExpect(status().isOk());
        mvc.perform(get("/enterprise").with(advisor)).andExpect(status().isForbidden());
    }

    @Test
    void signingInIssuesANewSessionId() throws Exception {
        String phone = "15" + String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
        accounts.create(new NewAccount(new PhoneNumber(phone), "会话测试", Role.ENTERPRISE, "foshan", null, null, null,
                null, "Session@2026"));
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();
        MvcResult result = mvc.perform(post("/login/password").session(session).with(csrf())
                        .param("phone", phone).param("password", "Session@2026"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/enterprise"))
                .andReturn();
        assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
    }

    /** Signed in as a real, active account of that role (the session filter checks the account). */
    private org.springframework.test.web.servlet.request.RequestPostProcessor as(Role role) {
        String phone = "15" + String.format("%09d", ThreadLocalRandom.current().nextLong(1_000_000_000L));
        long id = accounts.create(new NewAccount(new PhoneNumber(phone), "测试用户", role, "foshan", null, null, null,
                null, "Tester@2026"));
        CurrentUser user = new CurrentUser(id, phone, "测试用户", role, "foshan", null, null, null, null, false);
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority(role.authority()))));
    }
}
