package org.xinyidai.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.support.HtmlForms;
import org.xinyidai.support.SignedIn;

/**
 * A NUL byte typed (or crafted) into any text field of any form never reaches the database: PostgreSQL refuses
 * the whole statement with a 500 ({@code invalid byte sequence for encoding "UTF8": 0x00}). Each row opens a
 * page as its user, finds every form on it and sends it once per text field, that field holding a NUL and the
 * others what the page filled in; the answer is the form with 不能包含控制字符 (or, for a number, the field's
 * format message) beside the field, or the 400 page for a search box or a parameter. Meant for PostgreSQL
 * ({@code -Dtest.profiles=dev,postgres}); runs on H2 too.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ControlCharacterProbeTests {

    private static final String NUL = "探\u0000针";
    private static final String REFUSED = "不能包含控制字符";
    /** Signing out carries no text. */
    private static final Set<String> SKIPPED_ACTIONS = Set.of("/logout");
    /** The contact form's bot trap (hidden from people): whatever a bot puts there, it is thanked and nothing kept. */
    private static final Set<String> SKIPPED_FIELDS = Set.of("/contact/feedback website");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "anonymous   | /login",
            "anonymous   | /login?tab=sms",
            "anonymous   | /register",
            "anonymous   | /password/forgot",
            "anonymous   | /onboarding",
            "anonymous   | /contact",
            "anonymous   | /help",
            "anonymous   | /products",
            "13900000001 | /enterprise/companies/new",
            "13900000001 | /enterprise/demands/new",
            "13900000001 | /account/password",
            "13810000001 | /institution/products/new",
            "13810000001 | /institution/staff/new",
            "13810000001 | /institution/nodes/new?parent={headOffice}",
            "13810000001 | /institution/profile",
            "13810000002 | /institution/orders",
            "13800000001 | /admin/sites/new",
            "13800000001 | /admin/sites/foshan/edit",
            "13800000001 | /admin/help/new",
            "13800000001 | /admin/accounts/new",
            "13800000001 | /admin/accounts",
            "13800000001 | /admin/reject-reasons",
            "13800000001 | /admin/audit",
            "13800000005 | /agency/profile"})
    void aNulByteInAnyTextFieldIsRefusedBeforeTheDatabase(String who, String page) throws Exception {
        CurrentUser user = "anonymous".equals(who) ? null : SignedIn.demoAccount(jdbc, who);
        if (page.contains("{headOffice}")) {
            page = page.replace("{headOffice}", String.valueOf(headOffice(who)));
        }
        MockHttpServletResponse opened = mvc.perform(as(get(page), user)).andReturn().getResponse();
        assertThat(opened.getStatus()).as("opening " + page).isEqualTo(200);
        Document html = Jsoup.parse(opened.getContentAsString(), "http://localhost" + page);

        List<String> probed = new ArrayList<>();
        for (Element form : html.select("form")) {
            String action = HtmlForms.action(form, page);
            if (SKIPPED_ACTIONS.contains(action)) {
                continue;
            }
            Map<String, String> filled = HtmlForms.filledIn(form);
            for (Element field : form.select("input[name], textarea[name]")) {
                if (!HtmlForms.isText(field)) {
                    continue;
                }
                String name = field.attr("name");
                if (SKIPPED_FIELDS.contains(action + " " + name)) {
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>(filled);
                values.put(name, NUL);
                MockHttpServletResponse answer = mvc.perform(as(HtmlForms.submit(form, action, values), user)).andReturn()
                        .getResponse();
                String where = form.attr("method") + " " + action + " " + name;
                assertThat(answer.getStatus()).as(where).isLessThan(500);
                assertThat(answer.getStatus() == 400 || refusedBeside(answer, name))
                        .as(where + " answered " + answer.getStatus() + " without refusing the NUL").isTrue();
                probed.add(name);
            }
        }
        assertThat(probed).as("text fields found on " + page).isNotEmpty();
    }

    /**
     * The form came back with a message beside the field: 不能包含控制字符 for a text, the field's own format
     * message for a number typed into a text box (格式不正确, 请输入正确的金额…).
     */
    private static boolean refusedBeside(MockHttpServletResponse answer, String field) throws Exception {
        String html = answer.getContentAsString();
        return answer.getStatus() == 200 && (html.contains(REFUSED)
                || Jsoup.parse(html).selectFirst("[data-testid=\"" + field + "-error\"]") != null);
    }

    private static AbstractMockHttpServletRequestBuilder<?> as(AbstractMockHttpServletRequestBuilder<?> request,
                                                              CurrentUser user) {
        return user == null ? request : request.with(SignedIn.as(user));
    }

    /** The head office node of the account's institution (the parent a new branch is added under). */
    private long headOffice(String phone) {
        return jdbc.sql("""
                        select n.id from institution_node n join identity_account a on a.institution_id = n.institution_id
                        where a.phone = :phone and n.parent_id is null""")
                .param("phone", phone).query(Long.class).single();
    }
}
