package org.xinyidai.institution;

import static org.xinyidai.support.SignedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.Role;

/** Another institution's, or another branch's, nodes and people answer 404; bad node input saves nothing. */
@SpringBootTest
@AutoConfigureMockMvc
class InstitutionAccessTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    InstitutionFixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdminOfOneInstitutionGets404ForAnotherInstitutionsNodesAndPeople() throws Exception {
        CurrentUser cityBankAdmin = fixtures.person(InstitutionFixtures.CITY_BANK, null, Role.INST_HQ_ADMIN);
        long bigBankBranch = fixtures.node(InstitutionFixtures.BIG_BANK, "国信银行佛山分行").id();
        CurrentUser bigBankManager = fixtures.person(InstitutionFixtures.BIG_BANK, "国信银行禅城支行", Role.CUSTOMER_MANAGER);

        for (String path : List.of("/institution/nodes/" + bigBankBranch, "/institution/nodes/" + bigBankBranch + "/edit",
                "/institution/nodes/new?parent=" + bigBankBranch, "/institution/staff/" + bigBankManager.accountId(),
                "/institution/staff/" + bigBankManager.accountId() + "/edit")) {
            mvc.perform(get(path).with(as(cityBankAdmin))).andExpect(status().isNotFound());
        }
        for (String path : List.of("/institution/nodes/" + bigBankBranch + "/delete",
                "/institution/staff/" + bigBankManager.accountId() + "/approve",
                "/institution/staff/" + bigBankManager.accountId() + "/delete")) {
            mvc.perform(post(path).with(as(cityBankAdmin)).with(csrf())).andExpect(status().isNotFound());
        }
        mvc.perform(post("/institution/staff/" + bigBankManager.accountId() + "/status").param("enabled", "false")
                .with(as(cityBankAdmin)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/institution/staff").param("q", bigBankManager.phone()).with(as(cityBankAdmin)))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .doesNotContain(bigBankManager.displayName()));
    }

    @Test
    void aBranchAdminGets404ForNodesOutsideTheirSubtreeAndCannotEditTheirOwnNode() throws Exception {
        CurrentUser chanchengAdmin = fixtures.person(InstitutionFixtures.BIG_BANK, "国信银行禅城支行", Role.INST_ADMIN);
        long shunde = fixtures.node(InstitutionFixtures.BIG_BANK, "国信银行顺德支行").id();
        long branch = fixtures.node(InstitutionFixtures.BIG_BANK, "国信银行佛山分行").id();
        long chancheng = fixtures.node(InstitutionFixtures.BIG_BANK, "国信银行禅城支行").id();
        mvc.perform(get("/institution/nodes/" + shunde).with(as(chanchengAdmin))).andExpect(status().isNotFound());
        mvc.perform(get("/institution/nodes/" + branch).with(as(chanchengAdmin))).andExpect(status().isNotFound());
        mvc.perform(get("/institution/nodes/" + chancheng).with(as(chanchengAdmin))).andExpect(status().isOk());
        mvc.perform(get("/institution/nodes/" + chancheng + "/edit").with(as(chanchengAdmin))).andExpect(status().isNotFound());
        CurrentUser shundeManager = fixtures.person(InstitutionFixtures.BIG_BANK, "国信银行顺德支行", Role.CUSTOMER_MANAGER);
        mvc.perform(get("/institution/staff/" + shundeManager.accountId()).with(as(chanchengAdmin)))
                .andExpect(status().isNotFound());
    }

    @Test
    void customerManagersCannotOpenBranchOrStaffManagement() throws Exception {
        CurrentUser manager = fixtures.person(InstitutionFixtures.BIG_BANK, "国信银行禅城支行", Role.CUSTOMER_MANAGER);
        mvc.perform(get("/institution/nodes").with(as(manager))).andExpect(status().isForbidden());
        mvc.perform(get("/institution/staff").with(as(manager))).andExpect(status().isForbidden());
        mvc.perform(get("/institution/referral").with(as(manager))).andExpect(status().isOk());
    }

    @Test
    void aNodeWithAnInvertedOrEmptyNameOrABadPhoneIsRefusedAndNothingIsSaved() throws Exception {
        CurrentUser hq = fixtures.person(InstitutionFixtures.BIG_BANK, null, Role.INST_HQ_ADMIN);
        long parent = fixtures.institution(InstitutionFixtures.BIG_BANK).headOfficeNodeId();
        long before = nodeCount();
        mvc.perform(post("/institution/nodes/new").with(as(hq)).with(csrf()).param("parentId", String.valueOf(parent))
                        .param("name", "").param("type", "BRANCH").param("contactPhone", "call me"))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("请输入网点名称").contains("请输入正确的联系电话"));
        mvc.perform(post("/institution/nodes/new").with(as(hq)).with(csrf()).param("parentId", String.valueOf(parent))
                        .param("name", "国信银行佛山分行").param("type", "BRANCH"))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("本机构已有同名网点"));
        mvc.perform(post("/institution/nodes/new").with(as(hq)).with(csrf()).param("parentId", String.valueOf(parent))
                        .param("name", "很".repeat(65)).param("type", "BRANCH"))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("网点名称不能超过64个字"));
        assertThat(nodeCount()).isEqualTo(before);
    }

    @Test
    void aLongOrUnknownDistrictCodeOrAnUnknownTypeIsRefusedBesideTheFieldAndNothingIsSaved() throws Exception {
        CurrentUser hq = fixtures.person(InstitutionFixtures.BIG_BANK, null, Role.INST_HQ_ADMIN);
        long parent = fixtures.institution(InstitutionFixtures.BIG_BANK).headOfficeNodeId();
        long before = nodeCount();
        java.util.Map<String, String> refusals = java.util.Map.of(
                "1234567", "所在区代码应为6位数字",
                "44060", "所在区代码应为6位数字",
                "999999", "请选择列表中的区县");
        for (var refusal : refusals.entrySet()) {
            String html = mvc.perform(post("/institution/nodes/new").with(as(hq)).with(csrf())
                            .param("parentId", String.valueOf(parent)).param("name", "新网点" + hq.phone().substring(7))
                            .param("type", "BRANCH").param("regionCode", refusal.getKey()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(org.jsoup.Jsoup.parse(html).select("[data-testid=regionCode-error]").text())
                    .isEqualTo(refusal.getValue());
        }
        String html = mvc.perform(post("/institution/nodes/new").with(as(hq)).with(csrf())
                        .param("parentId", String.valueOf(parent)).param("name", "新网点" + hq.phone().substring(7))
                        .param("type", "NOPE").param("regionCode", "440604"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(html).select("select[name=type] ~ .invalid-feedback").text()).isEqualTo("请从列表中选择");
        assertThat(nodeCount()).isEqualTo(before);
        long branch = fixtures.node(InstitutionFixtures.BIG_BANK, "国信银行佛山分行").id();
        mvc.perform(post("/institution/nodes/" + branch + "/edit").with(as(hq)).with(csrf())
                        .param("name", "国信银行佛山分行").param("type", "BRANCH").param("regionCode", "12345678"))
                .andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("所在区代码应为6位数字"));
        assertThat(jdbc.sql("select region_code from institution_node where id = :id").param("id", branch)
                .query(String.class).optional().orElse("")).hasSizeLessThanOrEqualTo(6);
    }

    private long nodeCount() {
        return jdbc.sql("select count(*) from institution_node").query(Long.class).single();
    }
}
