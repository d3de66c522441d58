package org.xinyidai.financing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.xinyidai.support.SignedIn.as;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.Role;
import org.xinyidai.institution.InstitutionFixtures;

/**
 * Only managers who can work on an order are offered and accepted in 指派, 业务移交 and 离职交接: not one
 * handed over (resigned, account disabled), not one on leave.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AssignableManagersTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    FinancingFixtures fixtures;
    @Autowired
    InstitutionFixtures staff;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aHandedOverOrOnLeaveManagerIsNeitherOfferedNorAcceptedForAnOrder() throws Exception {
        CurrentUser admin = staff.person(InstitutionFixtures.BIG_BANK, FinancingFixtures.FOSHAN_BRANCH, Role.INST_ADMIN);
        CurrentUser resigned = manager();
        CurrentUser onLeave = manager();
        CurrentUser working = manager();
        mvc.perform(post("/institution/staff/" + resigned.accountId() + "/handover")
                        .param("successor", String.valueOf(working.accountId())).with(as(admin)).with(csrf()))
                .andExpect(flash().attribute("flash", "staff.handedOver"));
        mvc.perform(post("/institution/staff/" + onLeave.accountId() + "/work-status").param("status", "ON_LEAVE")
                .with(as(admin)).with(csrf())).andExpect(flash().attribute("flash", "staff.workStatusSet"));
        long orderId = fixtures.applyForTaxLoan(fixtures.enterprise("440604"));

        List<String> offered = Jsoup.parse(mvc.perform(get("/institution/orders/" + orderId).with(as(admin)))
                .andReturn().getResponse().getContentAsString()).select("#assign-manager option").eachAttr("value");
        assertThat(offered).contains(String.valueOf(working.accountId()))
                .doesNotContain(String.valueOf(resigned.accountId()), String.valueOf(onLeave.accountId()));

        for (CurrentUser unavailable : List.of(resigned, onLeave)) {
            mvc.perform(post("/institution/orders/" + orderId + "/assign").param("version", version(orderId))
                            .param("manager", String.valueOf(unavailable.accountId())).with(as(admin)).with(csrf()))
                    .andExpect(flash().attribute("flashErrorText", "请选择本机构在岗的客户经理。"));
        }
        assertThat(managerOf(orderId)).isNull();

        // 业务移交 by the working manager to the resigned one is refused too
        fixtures.assign(admin, orderId, working);
        mvc.perform(post("/institution/orders/" + orderId + "/handover").param("version", version(orderId))
                        .param("colleague", String.valueOf(resigned.accountId())).with(as(working)).with(csrf()))
                .andExpect(flash().attribute("flashErrorText", "请选择本机构在岗的客户经理。"));
        assertThat(managerOf(orderId)).isEqualTo(working.accountId());
    }

    @Test
    void aHandedOverManagerIsNotASuccessorInAResignationHandover() throws Exception {
        CurrentUser admin = staff.person(InstitutionFixtures.BIG_BANK, FinancingFixtures.FOSHAN_BRANCH, Role.INST_ADMIN);
        CurrentUser resigned = manager();
        CurrentUser leaving = manager();
        mvc.perform(post("/institution/staff/" + resigned.accountId() + "/handover")
                        .param("successor", String.valueOf(manager().accountId())).with(as(admin)).with(csrf()))
                .andExpect(flash().attribute("flash", "staff.handedOver"));

        List<String> offered = Jsoup.parse(mvc.perform(get("/institution/staff/" + leaving.accountId()).with(as(admin)))
                .andReturn().getResponse().getContentAsString()).select("select[name=successor] option").eachAttr("value");
        assertThat(offered).isNotEmpty().doesNotContain(String.valueOf(resigned.accountId()));
        mvc.perform(post("/institution/staff/" + leaving.accountId() + "/handover")
                        .param("successor", String.valueOf(resigned.accountId())).with(as(admin)).with(csrf()))
                .andExpect(flash().attribute("flashError", "staff.handover.successorRequired"));
        assertThat(jdbc.sql("select count(*) from institution_handover where from_account_id = :id")
                .param("id", leaving.accountId()).query(Long.class).single()).isZero();
    }

    private CurrentUser manager() {
        return staff.person(InstitutionFixtures.BIG_BANK, FinancingFixtures.CHANCHENG, Role.CUSTOMER_MANAGER);
    }

    private String version(long orderId) {
        return String.valueOf(fixtures.version(orderId));
    }

    private Long managerOf(long orderId) {
        return jdbc.sql("select manager_account from financing_order where id = :id").param("id", orderId)
                .query(Long.class).optional().orElse(null);
    }
}
