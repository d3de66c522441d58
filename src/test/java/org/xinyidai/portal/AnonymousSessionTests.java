package org.xinyidai.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A crowd of anonymous visitors reading public pages leaves no sessions behind (each would hold memory for the
 * idle timeout); a page with a form still gets its CSRF token, and so a session.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AnonymousSessionTests {

    @Autowired
    MockMvc mvc;

    @Test
    void readingPublicPagesOpensNoSession() throws Exception {
        for (String path : List.of("/", "/products", "/institutions", "/agencies", "/help")) {
            MockHttpServletRequest request = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getRequest();
            assertThat(request.getSession(false)).as(path).isNull();
        }
    }

    @Test
    void theLoginFormStillCarriesItsToken() throws Exception {
        var answer = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn();
        assertThat(answer.getResponse().getContentAsString()).contains("name=\"_csrf\"");
        assertThat(answer.getRequest().getSession(false)).isNotNull();
    }
}
