package org.xinyidai.financing.demand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xinyidai.support.SignedIn.as;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.xinyidai.financing.FinancingFixtures;
import org.xinyidai.financing.OrderChannel;
import org.xinyidai.financing.OrderStatus;
import org.xinyidai.financing.loan.Disbursement;
import org.xinyidai.financing.loan.LoanService;
import org.xinyidai.financing.order.Order;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.Role;
import org.xinyidai.institution.InstitutionFixtures;
import org.xinyidai.product.RepaymentMethod;
import org.xinyidai.shared.Money;
import org.xinyidai.shared.Rate;

/**
 * The advisor dispatches demands and re-dispatches expired orders as new orders; another site's advisor gets
 * "not found".
 */
class DispatchTests extends DemandTestSupport {

    @org.springframework.beans.factory.annotation.Autowired
    FinancingFixtures financing;
    @org.springframework.beans.factory.annotation.Autowired
    LoanService loans;

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
        assertThat(orderSearch.timeline(order.id())).singleElement()
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
                        .param("institutionId", String.valueOf(bank)).param("nodeId", String.valueOf(node))
                        .param("version", String.valueOf(expired.version() - 1)))
                .andExpect(flash().attribute("flashError", "demand.refused.stale"));
        assertThat(ordersOfDemand(demandId)).hasSize(1);
        mvc.perform(post("/advisor/demands/expired/" + first + "/dispatch").with(as(advisor)).with(csrf())
                        .param("institutionId", String.valueOf(bank)).param("nodeId", String.valueOf(node))
                        .param("version", String.valueOf(expired.version())))
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
    void aDrawOnADispatchedOrderWithoutAProductMayUseAnyRepaymentMethod() {
        CurrentUser user = authenticatedEnterprise("佛山市需求放款测试有限公司");
        long demandId = publishing.publish(user, request()).demandId();
        long bank = institutions.institution(InstitutionFixtures.BIG_BANK).id();
        long orderId = dispatching.dispatch(people.advisor("foshan"), demandId, 0, new DispatchTarget(bank, null));
        CurrentUser hq = institutions.person(InstitutionFixtures.BIG_BANK, null, Role.INST_HQ_ADMIN);
        CurrentUser manager = institutions.person(InstitutionFixtures.BIG_BANK, "国信银行禅城支行", Role.CUSTOMER_MANAGER);
        financing.assign(hq, orderId, manager);
        financing.accept(manager, orderId);
        financing.approve(manager, orderId, "150");
        loans.disburse(manager, orderId, financing.version(orderId), new Disbursement(Money.ofWan("100"),
                financing.today(), Rate.ofPercent("4.2"), 12, RepaymentMethod.EQUAL_PRINCIPAL));
        assertThat(jdbc.sql("select method from financing_loan where order_id = :o").param("o", orderId)
                .query(String.class).single()).isEqualTo("EQUAL_PRINCIPAL");
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
}
