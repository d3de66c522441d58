package org.xinyidai.financing.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.xinyidai.enterprise.EnterpriseFixtures;
import org.xinyidai.enterprise.EnterpriseRegistry;
import org.xinyidai.financing.OrderChannel;
import org.xinyidai.financing.OrderStatus;
import org.xinyidai.financing.order.Order;
import org.xinyidai.financing.order.OrderLifecycle;
import org.xinyidai.financing.order.Orders;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.institution.InstitutionFixtures;
import org.xinyidai.product.GuaranteeMethod;

/**
 * Publishing, withdrawing and dispatching demands, and re-dispatching expired orders, through the pages and on
 * the real database; another enterprise or another site's advisor gets "not found".
 */
@SpringBootTest
@AutoConfigureMockMvc
class DemandTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    EnterpriseFixtures people;
    @Autowired
    EnterpriseRegistry registry;
    @Autowired
    InstitutionFixtures institutions;
    @Autowired
    DemandPublishing publishing;
    @Autowired
    Dispatching dispatching;
    @Autowired
    Orders orders;
    @Autowired
    OrderLifecycle lifecycle;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

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
                .isInstanceOf(DemandRefused.class).hasMessage("order.apply.needsAuthentication");
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
                .isInstanceOf(DemandRefused.class).hasMessage("demand.refused.withdrawn");
    }

    @Test
    void theAdvisorDispatchesADemandAsAnOrder() throws Exception {
        CurrentUser user = authenticatedEnterprise("佛山市需求分派测试有限公司");
        long demandId = publishing.publish(user, request()).demandId();
        CurrentUser advisor = people.advisor("foshan");
        long bank = institutions.institution(InstitutionFixtures.BIG_BANK).id();

        mvc.perform(get("/advisor/demands").with(as(advisor))).andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("佛山市需求分派测试有限公司", "禅城区"));
        mvc.perform(get("/advisor/demands/" + demandId).with(as(advisor))).andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains(InstitutionFixtures.BIG_BANK, "国信银行禅城支行", "信用、抵押", "4.85%"));
        mvc.perform(post("/advisor/demands/" + demandId + "/dispatch").with(as(advisor)).with(csrf())
                        .param("institutionId", "").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("请选择金融机构"));
        mvc.perform(post("/advisor/demands/" + demandId + "/dispatch").with(as(advisor)).with(csrf())
                        .param("institutionId", String.valueOf(bank))
                        .param("nodeId", String.valueOf(institutions.node(InstitutionFixtures.CITY_BANK, "佛山城商行桂城支行").id()))
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("所选网点不属于该金融机构"));
        assertThat(ordersOfDemand(demandId)).isEmpty();

        mvc.perform(post("/advisor/demands/" + demandId + "/dispatch").with(as(advisor)).with(csrf())
                        .param("institutionId", String.valueOf(bank)).param("version", "0"))
                .andExpect(redirectedUrl("/advisor/demands"))
                .andExpect(flash().attribute("flash", "demand.dispatched"));

        List<Order> made = ordersOfDemand(demandId);
        assertThat(made).hasSize(1);
        Order order = made.get(0);
        assertThat(order.channel()).isEqualTo(OrderChannel.DISPATCH);
        assertThat(order.demandId()).isEqualTo(demandId);
        assertThat(order.status()).isEqualTo(OrderStatus.SUBMITTED);
        assertThat(order.institutionId()).isEqualTo(bank);
        assertThat(order.nodeId()).isEqualTo(institutions.node(InstitutionFixtures.BIG_BANK, "国信银行禅城支行").id());
        assertThat(order.amount()).isEqualByComparingTo("1500000");
        assertThat(order.productId()).isNull();
        assertThat(order.acceptDeadline()).isAfter(order.submittedAt());
        assertThat(orders.timeline(order.id())).singleElement()
                .satisfies(e -> {
                    assertThat(e.toStatus()).isEqualTo(OrderStatus.SUBMITTED);
                    assertThat(e.actorAccount()).isEqualTo(advisor.accountId());
                });
        assertThat(statusOf(demandId)).isEqualTo("DISPATCHED");
        assertThat(jdbc.sql("select count(*) from audit_operation where action = 'DEMAND_DISPATCH' and actor_id = :a")
                .param("a", advisor.accountId()).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/enterprise/demands").with(as(user)))
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains(order.orderNo(), "/enterprise/orders/" + order.id(), "已分派")
                        .doesNotContain("data-testid=\"withdraw-form\""));

        // Dispatched once, it may go to another institution too (after a rejection, say).
        long second = dispatching.dispatch(advisor, demandId, 1, new DispatchTarget(bank,
                institutions.node(InstitutionFixtures.BIG_BANK, "国信银行佛山分行").id()));
        assertThat(orders.find(second).orElseThrow().managerAccount()).isNull();
        assertThat(ordersOfDemand(demandId)).hasSize(2);
    }

    @Test
    void anExpiredOrderIsDispatchedAgainAsANewOrder() throws Exception {
        CurrentUser user = authenticatedEnterprise("佛山市超时退回测试有限公司");
        long demandId = publishing.publish(user, request()).demandId();
        CurrentUser advisor = people.advisor("foshan");
        long bank = institutions.institution(InstitutionFixtures.BIG_BANK).id();
        long first = dispatching.dispatch(advisor, demandId, 0, new DispatchTarget(bank, null));
        lifecycle.expire(first);
        Order expired = orders.find(first).orElseThrow();
        assertThat(expired.status()).isEqualTo(OrderStatus.EXPIRED);

        mvc.perform(get("/advisor/demands").with(as(advisor)))
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains(expired.orderNo()));
        mvc.perform(get("/advisor/demands/expired/" + first).with(as(advisor))).andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains(expired.orderNo(), "佛山市超时退回测试有限公司"));
        long node = institutions.node(InstitutionFixtures.BIG_BANK, "国信银行佛山分行").id();
        mvc.perform(post("/advisor/demands/expired/" + first + "/dispatch").with(as(advisor)).with(csrf())
                        .param("institutionId", String.valueOf(bank)).param("nodeId", String.valueOf(node)))
                .andExpect(redirectedUrl("/advisor/demands"))
                .andExpect(flash().attribute("flash", "demand.redispatched"));

        Long newId = jdbc.sql("select redispatched_to from financing_order where id = :id").param("id", first)
                .query(Long.class).single();
        Order again = orders.find(newId).orElseThrow();
        assertThat(again.status()).isEqualTo(OrderStatus.SUBMITTED);
        assertThat(again.channel()).isEqualTo(OrderChannel.DISPATCH);
        assertThat(again.enterpriseId()).isEqualTo(expired.enterpriseId());
        assertThat(again.amount()).isEqualByComparingTo(expired.amount());
        assertThat(again.termMonths()).isEqualTo(expired.termMonths());
        assertThat(again.purpose()).isEqualTo(expired.purpose());
        assertThat(again.demandId()).isEqualTo(demandId);
        assertThat(again.nodeId()).isEqualTo(node);
        mvc.perform(get("/advisor/demands").with(as(advisor)))
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).doesNotContain(expired.orderNo()));
        mvc.perform(get("/advisor/demands/expired/" + first).with(as(advisor))).andExpect(status().isNotFound());
    }

    @Test
    void anAdvisorOfAnotherSiteGetsNotFound() throws Exception {
        CurrentUser user = authenticatedEnterprise("佛山市跨站需求测试有限公司");
        long demandId = publishing.publish(user, request()).demandId();
        long bank = institutions.institution(InstitutionFixtures.BIG_BANK).id();
        long orderId = dispatching.dispatch(people.advisor("foshan"), demandId, 0, new DispatchTarget(bank, null));
        lifecycle.expire(orderId);

        CurrentUser elsewhere = people.advisor("guangzhou");
        mvc.perform(get("/advisor/demands").with(as(elsewhere))).andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .doesNotContain("佛山市跨站需求测试有限公司"));
        mvc.perform(get("/advisor/demands/" + demandId).with(as(elsewhere))).andExpect(status().isNotFound());
        mvc.perform(post("/advisor/demands/" + demandId + "/dispatch").with(as(elsewhere)).with(csrf())
                        .param("institutionId", String.valueOf(bank)).param("version", "1"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/advisor/demands/expired/" + orderId).with(as(elsewhere))).andExpect(status().isNotFound());
        mvc.perform(post("/advisor/demands/expired/" + orderId + "/dispatch").with(as(elsewhere)).with(csrf())
                        .param("institutionId", String.valueOf(bank)))
                .andExpect(status().isNotFound());
        assertThat(ordersOfDemand(demandId)).hasSize(1);
        assertThat(statusOf(demandId)).isEqualTo("DISPATCHED");
    }

    private CurrentUser authenticatedEnterprise(String name) {
        CurrentUser user = people.enterpriseUser();
        registry.ensureAuthenticated(user.accountId(), "foshan",
                EnterpriseFixtures.enterprise(name, EnterpriseFixtures.validUscc()));
        return user;
    }

    private DemandRequest request() {
        return new DemandRequest(new BigDecimal("150"), 12, "购买原材料",
                List.of(GuaranteeMethod.CREDIT, GuaranteeMethod.MORTGAGE), new BigDecimal("4.85"), today().plusDays(30),
                "440604", "王经理", "13912345678", null);
    }

    /** A complete, acceptable form; pairs of name and value replace fields. */
    private MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder post, String... replacements) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("amountWan", "150");
        fields.put("termMonths", "12");
        fields.put("purpose", "购买原材料");
        fields.put("maxRate", "4.85");
        fields.put("neededBy", today().plusDays(30).toString());
        fields.put("regionCode", "440604");
        fields.put("contactName", "王经理");
        fields.put("contactPhone", "13912345678");
        fields.put("note", "");
        for (int i = 0; i < replacements.length; i += 2) {
            fields.put(replacements[i], replacements[i + 1]);
        }
        fields.forEach(post::param);
        return post.param("guaranteeMethods", "CREDIT", "MORTGAGE");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private long demandsOf(CurrentUser user) {
        return jdbc.sql("select count(*) from financing_demand where account_id = :a").param("a", user.accountId())
                .query(Long.class).single();
    }

    private String statusOf(long demandId) {
        return jdbc.sql("select status from financing_demand where id = :id").param("id", demandId)
                .query(String.class).single();
    }

    private List<Order> ordersOfDemand(long demandId) {
        return jdbc.sql("select id from financing_order where demand_id = :d order by id").param("d", demandId)
                .query(Long.class).list().stream().map(id -> orders.find(id).orElseThrow()).toList();
    }

    static RequestPostProcessor as(CurrentUser user) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority(user.role().authority()))));
    }
}
