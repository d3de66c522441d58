package org.xinyidai.financing;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.institution.Performance;

/**
 * The figures of the workbenches (工作台), read from the orders the person may see (the same scope as the
 * order lists). Amounts in 万元 with two decimals; counts in 笔.
 */
public interface FinancingFigures {

    /** An enterprise account's workbench: its enterprises' orders. */
    EnterpriseWorkbench forEnterprise(CurrentUser user);

    /** An institution person's workbench: HQ admin, branch admin or customer manager. */
    InstitutionWorkbench forInstitution(CurrentUser user);

    /** Everything lent on orders of one city site, in 万元 (the public home page's headline figure). */
    BigDecimal disbursedWan(String siteCode);

    /** Financing demands (融资需求) enterprises have published on one city site, withdrawn ones excepted. */
    long demandsPublished(String siteCode);

    /** One order as a workbench lists it. */
    record OrderLine(long id, String orderNo, String enterpriseName, String productName, BigDecimal amountWan,
                     OrderStatus status, LocalDateTime submittedAt) {
    }

    /**
     * @param inProgress orders submitted and not yet lent, rejected, withdrawn or expired
     * @param applied    every order, with the amounts asked for
     * @param approved   orders with a credit line, and the lines granted
     * @param disbursed  orders lent on, and the amounts lent
     */
    record EnterpriseWorkbench(long inProgress, long applied, BigDecimal appliedWan, long approved,
                               BigDecimal approvedWan, long disbursed, BigDecimal disbursedWan, List<OrderLine> latest) {
    }

    /**
     * @param rate      disbursed orders ÷ orders received, in percent; {@code null} when none were received
     * @param ranking   this month's ranking of the nodes or managers below the person; empty for a manager
     */
    record InstitutionWorkbench(Overview overview, Todos todos, List<MonthFigure> months, List<OrderLine> latest,
                                BigDecimal rate, Performance thisMonth, Performance lastMonth, RankingKind rankingKind,
                                List<RankingRow> ranking) {
    }

    /**
     * 数据概览. {@code inProgress}: received and not yet lent, rejected, withdrawn or expired;
     * {@code disbursed}: orders lent on at least once.
     */
    record Overview(long received, long inProgress, BigDecimal approvedWan, long disbursed, BigDecimal disbursedWan,
                    long settled) {
    }

    /** 待办事项: orders waiting to be accepted, and those of them whose acceptance deadline is today. */
    record Todos(long awaitingAcceptance, long dueToday) {
    }

    /** 月份放款统计: what was lent in one month (amount and number of disbursements). */
    record MonthFigure(YearMonth month, long count, BigDecimal amountWan) {
    }

    /** What a ranking ranks: the nodes right below the person's node, its managers, or nothing. */
    enum RankingKind { NODES, MANAGERS, NONE }

    /** 本月排行: one node (with everything below it) or one manager, this month. */
    record RankingRow(String name, long received, long disbursed, BigDecimal disbursedWan) {
    }
}
