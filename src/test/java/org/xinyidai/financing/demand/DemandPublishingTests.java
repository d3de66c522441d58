package org.xinyidai.financing.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xinyidai.support.SignedIn.as;

import org.junit.jupiter.api.Test;
import org.xinyidai.enterprise.EnterpriseFixtures;
import org.xinyidai.shared.Refused;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.institution.InstitutionFixtures;
import org.xinyidai.product.GuaranteeMethod;

/** Publishing and withdrawing demands through the pages; another enterprise's demand is not found. */
class DemandPublishingTests extends DemandTestSupport {

    @Test
    void badFieldsAreExplainedBesideThemAndNothingIsStored() throws Exception {
        CurrentUser user = authenticatedEnterprise("佛山市需求校验测试有限公司");
        mvc.perform(post("/enterprise/demands/new").with(as(user)).with(csrf())
                        .param("amountWan", "").param("termMonths", "0").param("purpose", " ")
                        .param("maxRate", "99").param("neededBy", "").param("regionCode", "")
                        .param("contactName", "").param("contactPhone", "123"))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains(
                        "请至少选择一种担保方式", "年利率应在 0.01% 到 36% 之间", "请选择资金需求时间", "请选择所在区",
                        "data-testid=\"amountWan-error\"", "data-testid=\"termMonths-error\"",
                        "data-testid=\"purpose-error\"", "data-testid=\"contactPhone-error\""));
        mvc.perform(valid(post("/enterprise/demands/new").with(as(user)).with(csrf()),
                        "neededBy", today().minusDays(1).toString(), "regionCode", "110101"))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("资金需求时间不能早于今天", "请选择本站的区", "data-testid=\"neededBy-error\"",
                                "data-testid=\"regionCode-error\""));
        assertThat(demandsOf(user)).isZero();
    }

    @Test
    void anEnterpriseNotYetAuthenticatedIsSentToItsCompanies() throws Exception {
        CurrentUser user = people.enterpriseUser();
        registry.ensureAdded(user.accountId(), "foshan",
                EnterpriseFixtures.enterprise("佛山市未认证需求有限公司", EnterpriseFixtures.validUscc()));
        mvc.perform(get("/enterprise/demands/new").with(as(user)))
                .andExpect(redirectedUrl("/enterprise/companies"))
                .andExpect(flash().attribute("flashError", "order.apply.needsAuthentication"));
        mvc.perform(valid(post("/enterprise/demands/new").with(as(user)).with(csrf())))
                .andExpect(redirectedUrl("/enterprise/companies"))
                .andExpect(flash().attribute("flashError", "order.apply.needsAuthentication"));
        assertThatThrownBy(() -> publishing.publish(user, request()))
                .isInstanceOf(Refused.class).hasMessage("order.apply.needsAuthentication");
        assertThat(demandsOf(user)).isZero();
    }

    @Test
    void anEnterprisePublishesAndWithdrawsItsDemandButNotAnothersOne() throws Exception {
        CurrentUser user = authenticatedEnterprise("佛山市需求撤回测试有限公司");
        mvc.perform(get("/enterprise/demands/new").with(as(user))).andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("佛山市需求撤回测试有限公司", "value=\"440604\" selected", user.phone()));
        mvc.perform(valid(post("/enterprise/demands/new").with(as(user)).with(csrf())))
                .andExpect(redirectedUrl("/enterprise/demands"))
                .andExpect(flash().attribute("flash", "demand.published"));
        Demand demand = publishing.mine(user).get(0).demand();
        assertThat(demand.amount()).isEqualByComparingTo("1500000");
        assertThat(demand.guaranteeMethods()).containsExactly(GuaranteeMethod.CREDIT, GuaranteeMethod.MORTGAGE);
        assertThat(demand.maxRate()).isEqualByComparingTo("4.85");
        assertThat(demand.status()).isEqualTo(DemandStatus.PUBLISHED);
        mvc.perform(get("/enterprise/demands").with(as(user))).andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("购买原材料", "待分派", "data-testid=\"withdraw-form\""));

        CurrentUser other = authenticatedEnterprise("佛山市另一家需求测试有限公司");
        mvc.perform(post("/enterprise/demands/" + demand.id() + "/withdraw").param("version", "0")
                        .with(as(other)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/enterprise/demands").with(as(other)))
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).doesNotContain("购买原材料"));

        mvc.perform(post("/enterprise/demands/" + demand.id() + "/withdraw").param("version", "0")
                        .with(as(user)).with(csrf()))
                .andExpect(redirectedUrl("/enterprise/demands"))
                .andExpect(flash().attribute("flash", "demand.withdrawn"));
        assertThat(statusOf(demand.id())).isEqualTo("WITHDRAWN");
        mvc.perform(post("/enterprise/demands/" + demand.id() + "/withdraw").param("version", "1")
                        .with(as(user)).with(csrf()))
                .andExpect(flash().attribute("flashError", "demand.refused.notWithdrawable"));

        CurrentUser advisor = people.advisor("foshan");
        assertThat(dispatching.queue(advisor)).extracting(Demand::id).doesNotContain(demand.id());
        assertThatThrownBy(() -> dispatching.dispatch(advisor, demand.id(), 1,
                new DispatchTarget(institutions.institution(InstitutionFixtures.BIG_BANK).id(), null)))
                .isInstanceOf(Refused.class).hasMessage("demand.refused.withdrawn");
    }
}
