package org.xinyidai.financing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.xinyidai.support.SignedIn.as;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.xinyidai.shared.Refused;
import org.xinyidai.financing.order.Application;
import org.xinyidai.financing.order.ApplicationOutcome;
import org.xinyidai.financing.order.Applications;
import org.xinyidai.financing.order.Order;
import org.xinyidai.financing.order.OrderAssignment;
import org.xinyidai.financing.order.OrderLifecycle;
import org.xinyidai.shared.NotFound;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.Role;
import org.xinyidai.institution.InstitutionFixtures;

/**
 * The order lifecycle through its services and from the outside: routing, every guard, one winner when two act
 * at once, and 404 for anyone outside the order's scope.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OrderLifecycleTests {

    @Autowired
    FinancingFixtures fixtures;
    @Autowired
    InstitutionFixtures staff;
    @Autowired
    OrderLifecycle lifecycle;
    @Autowired
    OrderAssignment assignment;
    @Autowired
    Applications applications;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void anApplicationLandsInThePoolOfTheBranchServingTheDistrictAndAnAdminAssignsIt() {
        CurrentUser enterprise = fixtures.enterprise("440604");
        long orderId = fixtures.applyForTaxLoan(enterprise);
        Order order = lifecycle.visible(enterprise, orderId);
        assertThat(order.status()).isEqualTo(OrderStatus.SUBMITTED);
        assertThat(order.managerAccount()).isNull();
        assertThat(order.nodeId()).isEqualTo(staff.node(InstitutionFixtures.BIG_BANK, FinancingFixtures.CHANCHENG).id());
        assertThat(order.acceptDeadline()).isAfter(order.submittedAt());
        assertThat(order.orderNo()).startsWith("RZ").hasSize(16);

        CurrentUser branchAdmin = staff.person(InstitutionFixtures.BIG_BANK, FinancingFixtures.FOSHAN_BRANCH, Role.INST_ADMIN);
        CurrentUser otherBranchAdmin = staff.person(InstitutionFixtures.BIG_BANK, "国信银行顺德支行", Role.INST_ADMIN);
        CurrentUser manager = staff.person(InstitutionFixtures.BIG_BANK, FinancingFixtures.CHANCHENG, Role.CUSTOMER_MANAGER);
        long secondOrder = fixtures.applyForTaxLoan(fixtures.enterprise("440604"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(newOrderMessages(branchAdmin, secondOrder))
                .as("an admin above the pool is told").isEqualTo(1));
        assertThat(newOrderMessages(otherBranchAdmin, secondOrder)).as("a sibling branch's admin is not").isZero();
        assignment.assign(branchAdmin, orderId, order.version(), manager.account());

        Order assigned = lifecycle.visible(manager, orderId);
        assertThat(assigned.managerAccount()).isEqualTo(manager.accountId());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql(
                "select count(*) from messaging_message where recipient_account_id = :m and type = 'ORDER_ASSIGNED'")
                .param("m", manager.accountId()).query(Long.class).single()).isEqualTo(1));
        assertThat(kinds(orderId)).containsExactly("STATUS", "ASSIGN");
    }

    @Test
    void onlyTheAssignedManagerWorksTheOrderAndIllegalMovesAreRefused() {
        Assigned a = assignedOrder();
        CurrentUser colleague = staff.person(InstitutionFixtures.BIG_BANK, FinancingFixtures.CHANCHENG, Role.CUSTOMER_MANAGER);
        assertThatThrownBy(() -> lifecycle.accept(colleague, a.orderId, fixtures.version(a.orderId)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> lifecycle.startReview(a.manager, a.orderId, fixtures.version(a.orderId)))
                .isInstanceOf(Refused.class)
                .satisfies(e -> assertThat(((Refused) e).messageKey()).isEqualTo("order.refused.transition"));
        lifecycle.accept(a.manager, a.orderId, fixtures.version(a.orderId));
        assertThatThrownBy(() -> lifecycle.withdraw(a.manager, a.orderId, fixtures.version(a.orderId), null))
                .isInstanceOf(NotFound.class);
        assertThat(statusOf(a.orderId)).isEqualTo("ACCEPTED");
    }

    @Test
    void twoAcceptsAtOnceHaveExactlyOneWinnerAndTheOtherIsToldWhy() throws Exception {
        Assigned a = assignedOrder();
        int seen = fixtures.version(a.orderId);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Callable<String> accept = () -> {
                start.await();
                try {
                    lifecycle.accept(a.manager, a.orderId, seen);
                    return "accepted";
                } catch (Refused refused) {
                    return refused.messageKey();
                }
            };
            results.add(pool.submit(accept));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> r : results) {
            outcomes.add(r.get());
        }
        pool.shutdown();
        assertThat(outcomes).containsExactlyInAnyOrder("accepted", "order.refused.stale");
        assertThat(jdbc.sql("select count(*) from financing_progress where order_id = :o and to_status = 'ACCEPTED'")
                .param("o", a.orderId).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theSecondOfTwoPeopleActingOnTheSamePageIsToldSomeoneElseWasFirst() throws Exception {
        Assigned a = assignedOrder();
        String seen = String.valueOf(fixtures.version(a.orderId));
        String page = "/institution/orders/" + a.orderId;
        mvc.perform(post(page + "/accept").param("version", seen).with(as(a.manager)).with(csrf()))
                .andExpect(flash().attribute("flash", "order.accepted"));
        mvc.perform(post(page + "/accept").param("version", seen).with(as(a.manager)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashErrorText", "该订单刚刚已被他人处理，请刷新页面后重试。"));
        assertThat(kinds(a.orderId)).containsExactly("STATUS", "ASSIGN", "STATUS");
    }

    @Test
    void theEnterpriseWithdrawsBeforeApprovalAndRejectionNeedsAReasonFromTheList() {
        Assigned a = assignedOrder();
        assertThatThrownBy(() -> lifecycle.reject(a.manager, a.orderId, fixtures.version(a.orderId), "NOT_A_CODE", "x"))
                .isInstanceOf(Refused.class);
        assertThat(statusOf(a.orderId)).isEqualTo("SUBMITTED");
        lifecycle.withdraw(a.enterprise, a.orderId, fixtures.version(a.orderId), "资金已到位");
        assertThat(statusOf(a.orderId)).isEqualTo("WITHDRAWN");
        assertThatThrownBy(() -> lifecycle.accept(a.manager, a.orderId, fixtures.version(a.orderId)))
                .isInstanceOf(Refused.class);

        Assigned b = assignedOrder();
        lifecycle.reject(b.manager, b.orderId, fixtures.version(b.orderId), "COLLATERAL", "抵押物不足");
        assertThat(statusOf(b.orderId)).isEqualTo("REJECTED");
        assertThat(jdbc.sql("select reason_code from financing_progress where order_id = :o and to_status = 'REJECTED'")
                .param("o", b.orderId).query(String.class).single()).isEqualTo("COLLATERAL");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql(
                "select count(*) from messaging_message where type = 'ORDER_STATUS' and recipient_account_id = :e")
                .param("e", b.enterprise.accountId()).query(Long.class).single()).isEqualTo(1));
    }

    @Test
    void applicationsOutsideTheProductsRangeOrTwiceForOneProductAreRefusedWithReasons() {
        CurrentUser enterprise = fixtures.enterprise("440604");
        long product = fixtures.productId(FinancingFixtures.TAX_LOAN);
        ApplicationOutcome tooMuch = applications.apply(enterprise, product,
                new Application(new BigDecimal("5000"), 24, "扩产", "张三", "13800138000"));
        assertThat(tooMuch.created()).isFalse();
        assertThat(tooMuch.fieldProblems()).extracting(Refused::field)
                .containsExactlyInAnyOrder("amountWan", "termMonths");
        fixtures.applyForTaxLoan(enterprise);
        assertThat(applications.apply(enterprise, product,
                new Application(new BigDecimal("50"), 6, "再申请", "张三", "13800138000")).refusalKey())
                .isEqualTo("order.apply.duplicate");
        assertThat(jdbc.sql("select count(*) from financing_order where applicant_account = :a")
                .param("a", enterprise.accountId()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void fromTheOutsideAnOrderOutsideYourScopeIsNotFound() throws Exception {
        Assigned a = assignedOrder();
        String page = "/institution/orders/" + a.orderId;
        CurrentUser otherEnterprise = fixtures.enterprise("440605");
        mvc.perform(get("/enterprise/orders/" + a.orderId).with(as(otherEnterprise))).andExpect(status().isNotFound());
        mvc.perform(post("/enterprise/orders/" + a.orderId + "/withdraw").param("version", "0")
                .with(as(otherEnterprise)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/enterprise/orders/" + a.orderId).with(as(a.enterprise))).andExpect(status().isOk());

        CurrentUser otherManager = staff.person(InstitutionFixtures.BIG_BANK, FinancingFixtures.CHANCHENG, Role.CUSTOMER_MANAGER);
        mvc.perform(get(page).with(as(otherManager))).andExpect(status().isNotFound());
        mvc.perform(post(page + "/accept").param("version", "1").with(as(otherManager)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get(page).with(as(a.manager))).andExpect(status().isOk());

        CurrentUser otherBranchAdmin = staff.person(InstitutionFixtures.BIG_BANK, "国信银行顺德支行", Role.INST_ADMIN);
        mvc.perform(get(page).with(as(otherBranchAdmin))).andExpect(status().isNotFound());
        CurrentUser branchAdmin = staff.person(InstitutionFixtures.BIG_BANK, FinancingFixtures.FOSHAN_BRANCH, Role.INST_ADMIN);
        mvc.perform(get(page).with(as(branchAdmin))).andExpect(status().isOk());

        CurrentUser otherInstitution = staff.person(InstitutionFixtures.CITY_BANK, null, Role.INST_HQ_ADMIN);
        mvc.perform(get(page).with(as(otherInstitution))).andExpect(status().isNotFound());
        mvc.perform(post(page + "/assign").param("version", "1").param("manager", String.valueOf(a.manager.accountId()))
                .with(as(otherInstitution)).with(csrf())).andExpect(status().isNotFound());
        assertThat(statusOf(a.orderId)).isEqualTo("SUBMITTED");
    }

    @Test
    void aLeavingManagersOpenOrdersMoveToTheColleagueWithATimelineEntryAndSettledOnesStay() throws Exception {
        Assigned open = assignedOrder();
        CurrentUser admin = staff.person(InstitutionFixtures.BIG_BANK, FinancingFixtures.FOSHAN_BRANCH, Role.INST_ADMIN);
        CurrentUser colleague = staff.person(InstitutionFixtures.BIG_BANK, FinancingFixtures.CHANCHENG, Role.CUSTOMER_MANAGER);
        mvc.perform(post("/institution/staff/" + open.manager.accountId() + "/handover")
                        .param("successor", String.valueOf(colleague.accountId())).param("note", "调岗")
                        .with(as(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        Order moved = lifecycle.visible(colleague, open.orderId);
        assertThat(moved.managerName()).isEqualTo(colleague.displayName());
        assertThat(kinds(open.orderId)).containsExactly("STATUS", "ASSIGN", "HANDOVER");
        assertThatThrownBy(() -> lifecycle.visible(open.manager, open.orderId)).isInstanceOf(NotFound.class);
    }

    @Test
    void aManagerHandsOneOrderToAColleagueAndAnAdminRecallsItToTheBranchPool() {
        Assigned a = assignedOrder();
        CurrentUser colleague = staff.person(InstitutionFixtures.BIG_BANK, FinancingFixtures.CHANCHENG, Role.CUSTOMER_MANAGER);
        assignment.handOver(a.manager, a.orderId, fixtures.version(a.orderId), colleague.account());
        assertThat(lifecycle.visible(colleague, a.orderId).managerAccount()).isEqualTo(colleague.accountId());
        CurrentUser admin = staff.person(InstitutionFixtures.BIG_BANK, FinancingFixtures.FOSHAN_BRANCH, Role.INST_ADMIN);
        assignment.recall(admin, a.orderId, fixtures.version(a.orderId));
        assertThat(lifecycle.visible(admin, a.orderId).managerAccount()).isNull();
        assertThat(kinds(a.orderId)).containsExactly("STATUS", "ASSIGN", "HANDOVER", "RECALL");
    }

    /** An order of a fresh enterprise, assigned by a branch admin to a fresh manager of 禅城支行. */
    Assigned assignedOrder() {
        CurrentUser enterprise = fixtures.enterprise("440604");
        long orderId = fixtures.applyForTaxLoan(enterprise);
        CurrentUser admin = staff.person(InstitutionFixtures.BIG_BANK, FinancingFixtures.FOSHAN_BRANCH, Role.INST_ADMIN);
        CurrentUser manager = staff.person(InstitutionFixtures.BIG_BANK, FinancingFixtures.CHANCHENG, Role.CUSTOMER_MANAGER);
        assignment.assign(admin, orderId, fixtures.version(orderId), manager.account());
        return new Assigned(enterprise, manager, orderId);
    }

    record Assigned(CurrentUser enterprise, CurrentUser manager, long orderId) {
    }


    private long newOrderMessages(CurrentUser person, long orderId) {
        String orderNo = jdbc.sql("select order_no from financing_order where id = :id").param("id", orderId)
                .query(String.class).single();
        return jdbc.sql("select count(*) from messaging_message where recipient_account_id = :p and type = 'NEW_ORDER' "
                        + "and args like :no").param("p", person.accountId()).param("no", orderNo + "%")
                .query(Long.class).single();
    }

    private String statusOf(long orderId) {
        return jdbc.sql("select status from financing_order where id = :id").param("id", orderId).query(String.class).single();
    }

    private List<String> kinds(long orderId) {
        return jdbc.sql("select kind from financing_progress where order_id = :id order by id").param("id", orderId)
                .query(String.class).list();
    }
}
