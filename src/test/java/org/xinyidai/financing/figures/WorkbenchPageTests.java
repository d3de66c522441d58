package org.xinyidai.financing.figures;


import org.xinyidai.financing.FinancingFixtures;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.Role;
import org.xinyidai.institution.InstitutionFixtures;

/** What each console home shows of the orders: a manager their own month and no ranking. */
@SpringBootTest
@AutoConfigureMockMvc
class WorkbenchPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    InstitutionFixtures people;
    @Autowired
    FinancingFixtures orders;

    @Test
    void aManagersWorkbenchShowsTheirOwnOrdersAndMonthsButNoRanking() throws Exception {
        CurrentUser admin = people.person(InstitutionFixtures.BIG_BANK, "国信银行佛山分行", Role.INST_ADMIN);
        CurrentUser manager = people.person(InstitutionFixtures.BIG_BANK, "国信银行顺德支行", Role.CUSTOMER_MANAGER);
        CurrentUser enterprise = orders.enterprise("440606");
        long order = orders.apply(enterprise, "国信税易贷", "88", 12);
        orders.assign(admin, order, manager);

        String html = page("/institution", manager);

        assertThat(html).contains("data-testid=\"order-overview\"").contains("本月和上月情况")
                .contains("data-testid=\"disbursement-chart\"").contains("88.00")
                .doesNotContain("data-testid=\"ranking\"");
        assertThat(html).contains("href=\"/institution/orders/" + order + "\"");
    }

    @Test
    void aBranchAdminsWorkbenchRanksTheBranchesBelowInEnglishToo() throws Exception {
        CurrentUser admin = people.person(InstitutionFixtures.BIG_BANK, "国信银行佛山分行", Role.INST_ADMIN);

        String html = mvc.perform(get("/institution").param("lang", "en").with(as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("This month&#39;s ranking (branches below)").contains("国信银行禅城支行")
                .contains("Monthly disbursement");
    }

    @Test
    void otherConsolesStillOpenWithoutOrderFigures() throws Exception {
        long id = people.accounts().findIdByPhone(new org.xinyidai.shared.PhoneNumber("13800000002")).orElseThrow();
        CurrentUser advisor = new CurrentUser(id, "13800000002", "陈顾问", Role.ADVISOR, "foshan", null, null, null, null,
                false);
        assertThat(page("/advisor", advisor)).doesNotContain("data-testid=\"order-overview\"");
    }

    private String page(String path, CurrentUser user) throws Exception {
        return mvc.perform(get(path).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor as(CurrentUser user) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority(user.role().authority()))));
    }
}
