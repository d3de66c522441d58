package org.xinyidai.financing.figures;


import org.xinyidai.financing.FinancingFixtures;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xinyidai.financing.FinancingApi;
import org.xinyidai.financing.FinancingApi.EnterpriseWorkbench;
import org.xinyidai.financing.FinancingApi.InstitutionWorkbench;
import org.xinyidai.financing.FinancingApi.MonthFigure;
import org.xinyidai.financing.FinancingApi.RankingKind;
import org.xinyidai.financing.FinancingApi.RankingRow;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.Role;
import org.xinyidai.institution.InstitutionFixtures;
import org.xinyidai.institution.NodeSummary;

/**
 * The workbench figures equal counts computed independently from the database in the tests, for each role's
 * scope: the HQ admin sees the institution, the branch admin its subtree, a manager their own orders.
 */
@SpringBootTest
class FinancingFiguresTests {

    static final String BRANCH = "国信银行佛山分行";
    static final String CHANCHENG = "国信银行禅城支行";
    static final String SHUNDE = "国信银行顺德支行";

    @Autowired
    FinancingApi figures;
    @Autowired
    FinancingFixtures orders;
    @Autowired
    InstitutionFixtures people;
    @Autowired
    JdbcClient jdbc;

    CurrentUser hq;
    CurrentUser branchAdmin;
    CurrentUser chanchengAdmin;
    CurrentUser manager;
    CurrentUser otherManager;
    CurrentUser enterprise;
    long lent;
    long waiting;

    /**
     * A 禅城 enterprise's tax loan: assigned, accepted, approved 80 and lent 50 万元; its tech loan only accepted.
     * A 顺德 enterprise's order waits in the 顺德 pool, due for acceptance today.
     */
    @BeforeEach
    void orders() {
        hq = people.person(InstitutionFixtures.BIG_BANK, null, Role.INST_HQ_ADMIN);
        branchAdmin = people.person(InstitutionFixtures.BIG_BANK, BRANCH, Role.INST_ADMIN);
        chanchengAdmin = people.person(InstitutionFixtures.BIG_BANK, CHANCHENG, Role.INST_ADMIN);
        manager = people.person(InstitutionFixtures.BIG_BANK, CHANCHENG, Role.CUSTOMER_MANAGER);
        otherManager = people.person(InstitutionFixtures.BIG_BANK, SHUNDE, Role.CUSTOMER_MANAGER);
        enterprise = orders.enterprise("440604");
        lent = orders.apply(enterprise, "国信税易贷", "100", 12);
        orders.assign(branchAdmin, lent, manager);
        orders.accept(manager, lent);
        orders.approve(manager, lent, "80");
        orders.disburse(manager, lent, "50");
        long accepted = orders.apply(enterprise, "国信科创贷", "60", 12);
        orders.assign(chanchengAdmin, accepted, manager);
        orders.accept(manager, accepted);
        waiting = orders.apply(orders.enterprise("440606"), "国信税易贷", "30", 6);
        jdbc.sql("update financing_order set accept_deadline = :noon where id = :id")
                .param("noon", orders.today().atTime(12, 0)).param("id", waiting).update();
    }

    @Test
    void theEnterpriseSeesItsOwnOrders() {
        EnterpriseWorkbench mine = figures.forEnterprise(enterprise);

        assertThat(mine.applied()).isEqualTo(2);
        assertThat(mine.appliedAmount().inWan()).isEqualByComparingTo("160");
        assertThat(mine.inProgress()).isEqualTo(1);
        assertThat(mine.approved()).isEqualTo(1);
        assertThat(mine.approvedAmount().inWan()).isEqualByComparingTo("80");
        assertThat(mine.disbursed()).isEqualTo(1);
        assertThat(mine.disbursedAmount().inWan()).isEqualTo(new BigDecimal("50.00"));
        assertThat(mine.latest()).extracting(FinancingApi.OrderLine::productName)
                .containsExactly("国信科创贷", "国信税易贷");
        String where = "o.enterprise_id in (select enterprise_id from financing_order where id = :lent)";
        Expected expected = expected(where, Map.of("lent", lent));
        assertThat(mine.applied()).isEqualTo(expected.received());
        assertThat(mine.disbursedAmount().inWan()).isEqualByComparingTo(expected.disbursedWan());
    }

    @Test
    void theManagerSeesTheOrdersAssignedToThemAndNoRanking() {
        InstitutionWorkbench mine = figures.forInstitution(manager);

        assertThat(mine.overview().received()).isEqualTo(2);
        assertThat(mine.overview().inProgress()).isEqualTo(1);
        assertThat(mine.overview().approvedAmount().inWan()).isEqualByComparingTo("80");
        assertThat(mine.overview().disbursedAmount().inWan()).isEqualByComparingTo("50");
        assertThat(new BigDecimal(mine.rate().percentText())).isEqualByComparingTo("50.0");
        assertThat(mine.thisMonth().received()).isEqualTo(2);
        assertThat(mine.thisMonth().disbursedAmount().inWan()).isEqualByComparingTo("50");
        assertThat(mine.rankingKind()).isEqualTo(RankingKind.NONE);
        assertThat(mine.ranking()).isEmpty();
        assertThat(mine.months()).last().satisfies(m -> {
            assertThat(m.month()).isEqualTo(YearMonth.from(orders.today()));
            assertThat(m.count()).isEqualTo(1);
            assertThat(m.amount().inWan()).isEqualTo(new BigDecimal("50.00"));
        });
        assertThat(figures.forInstitution(otherManager).overview().received()).isZero();
        assertMatchesDatabase(mine, "o.manager_account = :m", Map.of("m", manager.accountId()));
    }

    @Test
    void theBranchAdminSeesTheSubtreeRankedByTheBranchesBelow() {
        InstitutionWorkbench branch = figures.forInstitution(branchAdmin);
        NodeSummary node = people.node(InstitutionFixtures.BIG_BANK, BRANCH);

        assertMatchesDatabase(branch, "o.institution_id = :i and o.node_path like :p",
                Map.of("i", node.institutionId(), "p", node.path() + "%"));
        assertThat(branch.todos().awaitingAcceptance()).isPositive();
        assertThat(branch.todos().dueToday()).isPositive();
        assertThat(branch.rankingKind()).isEqualTo(RankingKind.NODES);
        assertThat(branch.ranking()).extracting(RankingRow::name).contains(CHANCHENG, SHUNDE);
        for (RankingRow row : branch.ranking()) {
            NodeSummary child = people.node(InstitutionFixtures.BIG_BANK, row.name());
            assertThat(child.parentId()).isEqualTo(node.id());
            Map<String, Object> params = Map.of("i", child.institutionId(), "p", child.path() + "%");
            assertThat(row.received()).as(row.name())
                    .isEqualTo(receivedThisMonth("o.institution_id = :i and o.node_path like :p", params));
            assertThat(row.disbursedAmount().inWan()).as(row.name())
                    .isEqualByComparingTo(lentThisMonth("o.institution_id = :i and o.node_path like :p", params));
        }
        assertThat(branch.ranking()).extracting(r -> r.disbursedAmount().inWan())
                .isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void theHeadOfficeAdminSeesTheInstitutionAndASubBranchAdminRanksItsManagers() {
        InstitutionWorkbench all = figures.forInstitution(hq);
        InstitutionWorkbench branch = figures.forInstitution(branchAdmin);

        assertMatchesDatabase(all, "o.institution_id = :i", Map.of("i", hq.institutionId()));
        assertThat(all.overview().received()).isGreaterThanOrEqualTo(branch.overview().received());
        assertThat(all.ranking()).extracting(RankingRow::name).contains(BRANCH);

        InstitutionWorkbench chancheng = figures.forInstitution(chanchengAdmin);
        NodeSummary node = people.node(InstitutionFixtures.BIG_BANK, CHANCHENG);
        assertMatchesDatabase(chancheng, "o.institution_id = :i and o.node_path like :p",
                Map.of("i", node.institutionId(), "p", node.path() + "%"));
        assertThat(chancheng.rankingKind()).as("a sub-branch without children ranks its managers")
                .isEqualTo(RankingKind.MANAGERS);
        assertThat(chancheng.ranking()).filteredOn(r -> r.name().equals(manager.displayName())).singleElement()
                .satisfies(r -> {
                    assertThat(r.received()).isEqualTo(2);
                    assertThat(r.disbursed()).isEqualTo(1);
                    assertThat(r.disbursedAmount().inWan()).isEqualByComparingTo("50");
                });
        assertThat(chancheng.ranking().get(0).disbursedAmount().inWan()).isGreaterThanOrEqualTo(new BigDecimal("50"));
        assertThat(figures.forInstitution(otherManager).todos().awaitingAcceptance()).isZero();
    }

    @Test
    void aSitesDisbursedTotalIsEveryLoanOnItsOrders() {
        BigDecimal expected = jdbc.sql("select coalesce(sum(l.amount), 0) from financing_loan l, financing_order o "
                + "where o.id = l.order_id and o.site_code = 'foshan'").query(BigDecimal.class).single();
        assertThat(figures.disbursed("foshan").inWan()).isEqualByComparingTo(expected.movePointLeft(4));
        assertThat(figures.disbursed("foshan").inWan()).isGreaterThanOrEqualTo(new BigDecimal("50"));
        assertThat(figures.disbursed("nowhere").inWan()).isEqualByComparingTo("0");
    }

    record Expected(long received, long inProgress, BigDecimal approvedWan, long disbursed, BigDecimal disbursedWan,
                    long settled, long awaiting, long dueToday) {
    }

    /** The same figures, counted here with SQL of the test's own. */
    Expected expected(String where, Map<String, Object> params) {
        LocalDate today = orders.today();
        Map<String, Object> all = new HashMap<>(params);
        all.put("dayStart", today.atStartOfDay());
        all.put("dayEnd", today.plusDays(1).atStartOfDay());
        return new Expected(
                count("select count(*) from financing_order o where " + where, all),
                count("select count(*) from financing_order o where o.status in "
                        + "('SUBMITTED', 'ACCEPTED', 'REVIEWING', 'APPROVED') and " + where, all),
                wan("select coalesce(sum(c.line), 0) from financing_credit c, financing_order o "
                        + "where c.order_id = o.id and " + where, all),
                count("select count(distinct l.order_id) from financing_loan l, financing_order o "
                        + "where l.order_id = o.id and " + where, all),
                wan("select coalesce(sum(l.amount), 0) from financing_loan l, financing_order o "
                        + "where l.order_id = o.id and " + where, all),
                count("select count(*) from financing_order o where o.status = 'SETTLED' and " + where, all),
                count("select count(*) from financing_order o where o.status = 'SUBMITTED' and " + where, all),
                count("select count(*) from financing_order o where o.status = 'SUBMITTED' and o.accept_deadline "
                        + ">= :dayStart and o.accept_deadline < :dayEnd and " + where, all));
    }

    void assertMatchesDatabase(InstitutionWorkbench w, String where, Map<String, Object> params) {
        Expected e = expected(where, params);
        assertThat(w.overview().received()).as("received").isEqualTo(e.received());
        assertThat(w.overview().inProgress()).as("in progress").isEqualTo(e.inProgress());
        assertThat(w.overview().approvedAmount().inWan()).as("approved").isEqualByComparingTo(e.approvedWan());
        assertThat(w.overview().disbursed()).as("disbursed orders").isEqualTo(e.disbursed());
        assertThat(w.overview().disbursedAmount().inWan()).as("disbursed").isEqualByComparingTo(e.disbursedWan());
        assertThat(w.overview().settled()).as("settled").isEqualTo(e.settled());
        assertThat(w.todos().awaitingAcceptance()).as("awaiting").isEqualTo(e.awaiting());
        assertThat(w.todos().dueToday()).as("due today").isEqualTo(e.dueToday());
        assertThat(new BigDecimal(w.rate().percentText())).as("success rate").isEqualByComparingTo(BigDecimal.valueOf(e.disbursed() * 100)
                .divide(BigDecimal.valueOf(e.received()), 1, RoundingMode.HALF_UP));
        assertThat(w.thisMonth().received()).as("this month").isEqualTo(receivedThisMonth(where, params));
        assertThat(w.latest()).hasSizeLessThanOrEqualTo(5);
        // Newest submitted first (other test contexts share this database with clocks moved ahead, so the newest
        // order is not always the highest id).
        assertThat(w.latest().get(0).id()).isEqualTo(count("select o.id from financing_order o where " + where
                + " order by o.submitted_at desc, o.id desc limit 1", params));
        List<MonthFigure> months = w.months();
        assertThat(months).hasSize(12);
        assertThat(months.get(0).month()).isEqualTo(YearMonth.from(orders.today()).minusMonths(11));
        assertThat(months.get(11).amount().inWan()).as("lent this month").isEqualByComparingTo(lentThisMonth(where, params));
        assertThat(months.stream().map(m -> m.amount().inWan()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .as("lent in twelve months").isEqualByComparingTo(wan("select coalesce(sum(l.amount), 0) from "
                        + "financing_loan l, financing_order o where l.order_id = o.id and l.disbursed_on >= :first and "
                        + where, with(params, "first", YearMonth.from(orders.today()).minusMonths(11).atDay(1))));
    }

    long receivedThisMonth(String where, Map<String, Object> params) {
        return count("select count(*) from financing_order o where o.submitted_at >= :first and " + where,
                with(params, "first", orders.today().withDayOfMonth(1).atStartOfDay()));
    }

    BigDecimal lentThisMonth(String where, Map<String, Object> params) {
        return wan("select coalesce(sum(l.amount), 0) from financing_loan l, financing_order o "
                + "where l.order_id = o.id and l.disbursed_on >= :first and " + where,
                with(params, "first", orders.today().withDayOfMonth(1)));
    }

    static Map<String, Object> with(Map<String, Object> params, String name, Object value) {
        Map<String, Object> all = new HashMap<>(params);
        all.put(name, value);
        return all;
    }

    long count(String sql, Map<String, Object> params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    BigDecimal wan(String sql, Map<String, Object> params) {
        return jdbc.sql(sql).params(params).query(BigDecimal.class).single().movePointLeft(4);
    }
}
