package org.xinyidai.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.support.HtmlForms;
import org.xinyidai.support.SignedIn;

/**
 * Every hotline and contact phone field takes only phone numbers: the form as its page filled it in, with the
 * phone replaced, comes back (unsaved) with the message beside the phone field.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PhoneFieldsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0} {1} {2}={3}")
    @CsvSource(delimiter = '|', value = {
            "13800000001 | /admin/sites/foshan/edit  | hotline      | -99999999999999999999 | 请输入正确的电话号码",
            "13800000001 | /admin/sites/foshan/edit  | hotline      | 2026-02-30            | 请输入正确的电话号码",
            "13810000001 | /institution/profile      | contactPhone | -99999999999999999999 | 请输入正确的联系电话",
            "13810000001 | /institution/profile      | contactPhone | 2026-02-30            | 请输入正确的联系电话",
            "13810000001 | /institution/nodes/new?parent={headOffice} | contactPhone | 2026-02-30            | 请输入正确的联系电话",
            "13800000005 | /agency/profile           | contactPhone | -99999999999999999999 | 请填写正确的手机号或固定电话",
            "13800000005 | /agency/profile           | contactPhone | 2026-02-30            | 请填写正确的手机号或固定电话"})
    void aPhoneFieldRefusesWhatIsNoPhoneNumber(String who, String page, String field, String phone, String message)
            throws Exception {
        CurrentUser user = SignedIn.demoAccount(jdbc, who);
        if (page.contains("{headOffice}")) {
            page = page.replace("{headOffice}", String.valueOf(headOffice(who)));
        }
        String html = mvc.perform(get(page).with(SignedIn.as(user))).andReturn().getResponse().getContentAsString();
        Element form = Jsoup.parse(html).select("form").stream()
                .filter(f -> f.selectFirst("[name=" + field + "]") != null).findFirst().orElseThrow();
        Map<String, String> values = HtmlForms.filledIn(form);
        values.put(field, phone);

        MockHttpServletResponse answer = mvc.perform(HtmlForms.submit(form, HtmlForms.action(form, page), values)
                .with(SignedIn.as(user))).andReturn().getResponse();

        assertThat(answer.getStatus()).isEqualTo(200);
        Element error = Jsoup.parse(answer.getContentAsString()).selectFirst("[data-testid=" + field + "-error]");
        assertThat(error).as("message beside " + field).isNotNull();
        assertThat(error.text()).contains(message);
    }

    /** The head office node of the account's institution (the parent a new branch is added under). */
    private long headOffice(String phone) {
        return jdbc.sql("""
                        select n.id from institution_node n join identity_account a on a.institution_id = n.institution_id
                        where a.phone = :phone and n.parent_id is null""")
                .param("phone", phone).query(Long.class).single();
    }
}
