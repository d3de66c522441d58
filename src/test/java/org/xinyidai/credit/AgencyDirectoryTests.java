package org.xinyidai.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xinyidai.support.SignedIn.as;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.xinyidai.identity.AccountAdministration;
import org.xinyidai.identity.AccountAdministration.NewAccount;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.Role;
import org.xinyidai.institution.InstitutionFixtures;
import org.xinyidai.shared.PhoneNumber;

/** 信用机构: only published agencies serving the visitor's site are listed; bad input is explained and not saved. */
@SpringBootTest
@AutoConfigureMockMvc
class AgencyDirectoryTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountAdministration accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anAgencyPublishesForOneSiteAndOnlyThatSiteShowsIt() throws Exception {
        CurrentUser agency = agency();
        String name = "测试信用" + agency.phone().substring(7) + "有限公司";
        mvc.perform(profile(agency, name, "0757-83336000", "foshan", false)).andExpect(status().is3xxRedirection());
        assertThat(list("foshan")).doesNotContain(name);
        mvc.perform(get("/agencies/" + agency.accountId()).param("city", "foshan")).andExpect(status().isNotFound());

        mvc.perform(profile(agency, name, "0757-83336000", "foshan", true)).andExpect(status().is3xxRedirection());
        assertThat(list("foshan")).contains(name).contains("佛山示范信用评级有限公司");
        assertThat(list("guangzhou")).doesNotContain(name);
        mvc.perform(get("/agencies/" + agency.accountId()).param("city", "foshan"))
                .andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains(name).contains("企业信用报告"));
        mvc.perform(get("/agencies/" + agency.accountId()).param("city", "guangzhou")).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from audit_operation where actor_id = :a and action = 'AGENCY_PROFILE_UPDATE'")
                .param("a", agency.accountId()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void badInputIsExplainedBesideTheFieldsAndNothingIsSaved() throws Exception {
        CurrentUser agency = agency();
        mvc.perform(post("/agency/profile").param("name", "").param("introduction", "简介").param("services", "评级")
                        .param("contactPhone", "12345").param("email", "not-an-email").param("website", "ftp://x")
                        .with(as(agency)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("请填写机构名称")
                        .contains("请填写正确的手机号或固定电话").contains("请填写正确的电子邮箱")
                        .contains("网站须以 http:// 或 https:// 开头").contains("请至少选择一个服务分站"));
        assertThat(jdbc.sql("select count(*) from credit_agency_profile where account_id = :a")
                .param("a", agency.accountId()).query(Long.class).single()).isZero();
    }

    @Test
    void aLandlineWithASpaceIsAcceptedAndASaveOnTopOfSomeoneElsesIsRefused() throws Exception {
        CurrentUser agency = agency();
        String name = "并发信用" + agency.phone().substring(7) + "有限公司";
        mvc.perform(profile(agency, name, "0757-8888 1001", "foshan", true)).andExpect(status().is3xxRedirection());
        // Someone saves from a page read before that first save (version -1 = "not stored yet").
        mvc.perform(post("/agency/profile").param("version", "-1").param("name", "旧页面的名称")
                        .param("introduction", "旧").param("services", "旧").param("contactPhone", "13912345678")
                        .param("sites", "foshan").with(as(agency)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("机构信息已被他人修改"));
        assertThat(jdbc.sql("select name from credit_agency_profile where account_id = :a")
                .param("a", agency.accountId()).query(String.class).single()).isEqualTo(name);
        mvc.perform(post("/agency/profile").param("version", "0").param("name", "长".repeat(101))
                        .param("introduction", "").param("services", "评级").param("contactPhone", "13912345678")
                        .param("sites", "foshan").with(as(agency)).with(csrf()))
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("机构名称不能超过100字")
                        .contains("请填写机构简介"));
    }

    @Test
    void onlyCreditAgenciesKeepAProfile() throws Exception {
        CurrentUser enterprise = new CurrentUser(accounts.create(new NewAccount(new PhoneNumber(InstitutionFixtures.newPhone()),
                "企业", Role.ENTERPRISE, "foshan", null, null, null, null, InstitutionFixtures.PASSWORD)), "", "企业",
                Role.ENTERPRISE, "foshan", null, null, null, null, false);
        mvc.perform(get("/agency/profile").with(as(enterprise))).andExpect(status().isForbidden());
    }

    private MockHttpServletRequestBuilder profile(CurrentUser agency, String name, String phone, String site,
                                                  boolean published) {
        int version = jdbc.sql("select coalesce(max(version), -1) from credit_agency_profile where account_id = :a")
                .param("a", agency.accountId()).query(Integer.class).single();
        MockHttpServletRequestBuilder request = post("/agency/profile").param("name", name)
                .param("version", String.valueOf(version))
                .param("introduction", "专注中小企业信用服务。").param("services", "企业信用报告\n主体信用评级")
                .param("contactPhone", phone).param("sites", site).with(as(agency)).with(csrf());
        return published ? request.param("published", "true") : request;
    }

    private String list(String city) throws Exception {
        return mvc.perform(get("/agencies").param("city", city).session(new MockHttpSession()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private CurrentUser agency() {
        String phone = InstitutionFixtures.newPhone();
        long id = accounts.create(new NewAccount(new PhoneNumber(phone), "分析师", Role.CREDIT_AGENCY, null, null, null,
                null, "测试信用公司", InstitutionFixtures.PASSWORD));
        return new CurrentUser(id, phone, "分析师", Role.CREDIT_AGENCY, null, null, null, null, "测试信用公司", false);
    }
}
