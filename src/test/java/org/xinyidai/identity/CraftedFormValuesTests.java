package org.xinyidai.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.xinyidai.support.SignedIn.as;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.xinyidai.support.SignedIn;

/**
 * A value no form offers (a role that does not exist, "maybe" for a tick box) is one more mistake beside its field,
 * with every other mistake of the form still said and what was typed kept: never an error page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CraftedFormValuesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anUnknownRoleOnTheAdminsAccountFormIsExplainedWithTheOtherMistakes() throws Exception {
        CurrentUser admin = SignedIn.demoAccount(jdbc, "13800000001");
        Document page = page(post("/admin/accounts/new").with(as(admin)).param("displayName", "试探者")
                .param("phone", "12345").param("role", "SUPER_ADMIN"));
        assertThat(page.select("[data-testid=phone-error]").text()).isEqualTo("请输入正确的11位手机号");
        assertThat(page.select("#role").hasClass("is-invalid")).isTrue();
        assertThat(page.text()).contains("请从列表中选择");
        assertThat(page.select("#displayName").val()).isEqualTo("试探者");
    }

    @Test
    void aTickBoxThatIsNeitherOnNorOffIsExplainedBesideItOnRegistration() throws Exception {
        Document page = page(post("/register").param("phone", "139").param("code", "123456")
                .param("password", "short").param("confirmPassword", "short").param("agreed", "maybe"));
        assertThat(page.select("[data-testid=agreed-error]").text()).isEqualTo("格式不正确");
        assertThat(page.select("[data-testid=phone-error]").text()).isEqualTo("请输入正确的11位手机号");
        assertThat(page.select("[data-testid=password-error]").text()).contains("密码至少8位");
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }
}
