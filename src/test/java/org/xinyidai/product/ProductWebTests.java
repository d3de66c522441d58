package org.xinyidai.product;

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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.Role;
import org.xinyidai.institution.InstitutionFixtures;

/** Products from the outside: scope (404), read-only managers, refused input that saves nothing, sanitising. */
@SpringBootTest
@AutoConfigureMockMvc
class ProductWebTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    InstitutionFixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anotherInstitutionsProductAnswers404OnEveryPageAndAction() throws Exception {
        long bigBankProduct = productId("国信税易贷");
        CurrentUser cityBankAdmin = fixtures.person(InstitutionFixtures.CITY_BANK, null, Role.INST_HQ_ADMIN);
        for (String path : List.of("/institution/products/" + bigBankProduct, "/institution/products/" + bigBankProduct + "/edit")) {
            mvc.perform(get(path).with(as(cityBankAdmin))).andExpect(status().isNotFound());
        }
        for (String action : List.of("copy", "publish", "offline", "delete", "edit")) {
            mvc.perform(post("/institution/products/" + bigBankProduct + "/" + action).with(as(cityBankAdmin)).with(csrf()))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/institution/products").with(as(cityBankAdmin)))
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).doesNotContain("国信税易贷")
                        .contains("佛银首贷通"));
    }

    @Test
    void aCustomerManagerReadsButCannotChangeProducts() throws Exception {
        long product = productId("国信税易贷");
        CurrentUser manager = fixtures.person(InstitutionFixtures.BIG_BANK, "国信银行禅城支行", Role.CUSTOMER_MANAGER);
        mvc.perform(get("/institution/products/" + product).with(as(manager)))
                .andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("国信税易贷")
                        .doesNotContain("/publish").doesNotContain("/edit\""));
        mvc.perform(get("/institution/products/new").with(as(manager))).andExpect(status().isForbidden());
        mvc.perform(post("/institution/products/" + product + "/offline").with(as(manager)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select status from product_product where id = :id").param("id", product)
                .query(String.class).single()).isEqualTo("PUBLISHED");
    }

    @Test
    void invertedRangesAnOutOfRangeRateAndAnEmptyNameAreRefusedAndNothingIsSaved() throws Exception {
        CurrentUser admin = fixtures.person(InstitutionFixtures.BIG_BANK, null, Role.INST_HQ_ADMIN);
        long before = count();
        mvc.perform(form(post("/institution/products/new").with(as(admin)).with(csrf()), java.util.Map.of(
                        "name", "", "amountMin", "500", "amountMax", "100", "termMin", "24", "termMax", "12",
                        "rateMax", "25")))
                .andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("请输入产品名称")
                        .contains("最高额度不能低于最低额度").contains("最长期限不能短于最短期限")
                        .contains("年利率须在0%至24%之间"));
        mvc.perform(form(post("/institution/products/new").with(as(admin)).with(csrf()), java.util.Map.of(
                        "name", "长".repeat(61))))
                .andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("产品名称不能超过60个字"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aValidProductIsSavedAsADraftWithItsDescriptionSanitisedAndAudited() throws Exception {
        CurrentUser admin = fixtures.person(InstitutionFixtures.BIG_BANK, null, Role.INST_HQ_ADMIN);
        String name = "测试贷" + admin.phone().substring(7);
        mvc.perform(form(post("/institution/products/new").with(as(admin)).with(csrf()), java.util.Map.of(
                        "name", name, "description", "<p onclick=\"x()\">好产品<script>alert(1)</script></p>")))
                .andExpect(status().is3xxRedirection());
        var row = jdbc.sql("select status, description_html from product_product where name = :n").param("n", name)
                .query().singleRow();
        assertThat(row.get("status")).isEqualTo("DRAFT");
        assertThat((String) row.get("description_html")).isEqualTo("<p>好产品</p>");
        assertThat(jdbc.sql("select count(*) from audit_operation where action = 'PRODUCT_CREATE' and actor_id = :id")
                .param("id", admin.accountId()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anUnknownTagTypeOrMethodOrAnUnknownDistrictIsRefusedBesideTheFieldAndNothingIsSaved() throws Exception {
        CurrentUser admin = fixtures.person(InstitutionFixtures.BIG_BANK, null, Role.INST_HQ_ADMIN);
        long before = count();
        java.util.Map<String, java.util.Map<String, String>> cases = java.util.Map.of(
                "tags-error", java.util.Map.of("tags", "NOPE"),
                "sizes-error", java.util.Map.of("sizes", "GIANT"),
                "industries-error", java.util.Map.of("industries", "Z"),
                "taxGrades-error", java.util.Map.of("taxGrades", "AAA"),
                "minCreditGrade-error", java.util.Map.of("minCreditGrade", "NOPE"),
                "repaymentMethods-error", java.util.Map.of("repaymentMethods", "NOPE"));
        for (var c : cases.entrySet()) {
            String html = mvc.perform(form(post("/institution/products/new").with(as(admin)).with(csrf()), c.getValue()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(org.jsoup.Jsoup.parse(html).select("[data-testid=" + c.getKey() + "]").text())
                    .as(c.getKey()).isEqualTo("请从列表中选择");
        }
        String html = mvc.perform(form(post("/institution/products/new").with(as(admin)).with(csrf()),
                        java.util.Map.of("districts", "999999")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(html).select("[data-testid=districts-error]").text()).isEqualTo("请选择列表中的服务区域");
        assertThat(count()).isEqualTo(before);
        mvc.perform(form(post("/institution/products/new").with(as(admin)).with(csrf()),
                        java.util.Map.of("name", "区县贷" + admin.phone().substring(7), "districts", "440604")))
                .andExpect(status().is3xxRedirection());
        assertThat(count()).isEqualTo(before + 1);
    }

    /** A valid product form, with some fields replaced. */
    private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, java.util.Map<String, String> changes) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>(java.util.Map.of("name", "合格产品",
                "type", "CREDIT_LOAN", "guaranteeMethods", "CREDIT", "amountMin", "10", "amountMax", "300",
                "termMin", "1", "termMax", "12", "rateMin", "3.65", "rateMax", "6.5"));
        fields.put("repaymentMethods", "EQUAL_INSTALLMENT");
        fields.put("online", "true");
        fields.putAll(changes);
        fields.forEach(request::param);
        return request;
    }

    private long productId(String name) {
        return jdbc.sql("select id from product_product where name = :n").param("n", name).query(Long.class).single();
    }

    private long count() {
        return jdbc.sql("select count(*) from product_product").query(Long.class).single();
    }
}
