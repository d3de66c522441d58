package org.xinyidai.financing;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Service;
import org.xinyidai.financing.figures.Workbenches;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.institution.Performance;
import org.xinyidai.shared.Money;
import org.xinyidai.shared.Share;

/**
 * What other modules read about financing, as records: the figures of the workbenches (工作台), read from the
 * orders the person may see (the same scope as the order lists), and the public home page's headline figures.
 * Amounts are {@link Money} (pages show them in 万元); counts in 笔.
 */
@Service
public class FinancingApi {

    private final Workbenches workbenches;

    FinancingApi(Workbenches workbenches) {
        this.workbenches = workbenches;
    }

    /** An enterprise account's workbench: its enterprises' orders. */
    public EnterpriseWorkbench forEnterprise(CurrentUser user) {
        return workbenches.forEnterprise(user);
    }

    /** An institution person's workbench: HQ admin, branch admin or customer manager. */
    public InstitutionWorkbench forInstitution(CurrentUser user) {
        return workbenches.forInstitution(user);
    }

    /** Everything lent on orders of one city site (the public home page's headline figure). */
    public Money disbursed(String siteCode) {
        return workbenches.disbursed(siteCode);
    }

    /** Financing demands (融资需求) enterprises have published on one city site, withdrawn ones excepted. */
    public long demandsPublished(String siteCode) {
        return workbenches.demandsPublished(siteCode);
    }

    /** One order as a workbench lists it. */
    public record OrderLine(long id, String orderNo, String enterpriseName, String productName, Money amount,
                            OrderStatus status, LocalDateTime submittedAt) {
    }

    /**
     * @param inProgress orders submitted and not yet lent, rejected, withdrawn or expired
     * @param applied    every order, with the amounts asked for
     * @param approved   orders with a credit line, and the lines granted
     * @param disbursed  orders lent on, and the amounts lent
     */
    public record EnterpriseWorkbench(long inProgress, long applied, Money appliedAmount, long approved,
                                      Money approvedAmount, long disbursed, Money disbursedAmount,
                                      List<OrderLine> latest) {
    }

    /**
     * @param rate      disbursed orders ÷ orders received; {@code null} when none were received
     * @param ranking   this month's ranking of the nodes or managers below the person; empty for a manager
     */
    public record InstitutionWorkbench(Overview overview, Todos todos, List<MonthFigure> months, List<OrderLine> latest,
                                       Share rate, Performance thisMonth, Performance lastMonth,
                                       RankingKind rankingKind, List<RankingRow> ranking) {
    }

    /**
     * 数据概览. {@code inProgress}: received and not yet lent, rejected, withdrawn or expired;
     * {@code disbursed}: orders lent on at least once.
     */
    public record Overview(long received, long inProgress, Money approvedAmount, long disbursed,
                           Money disbursedAmount, long settled) {
    }

    /** 待办事项: orders waiting to be accepted, and those of them whose acceptance deadline is today. */
    public record Todos(long awaitingAcceptance, long dueToday) {
    }

    /** 月份放款统计: what was lent in one month (amount and number of disbursements). */
    public record MonthFigure(YearMonth month, long count, Money amount) {
    }

    /** What a ranking ranks: the nodes right below the person's node, its managers, or nothing. */
    public enum RankingKind { NODES, MANAGERS, NONE }

    /** 本月排行: one node (with everything below it) or one manager, this month. */
    public record RankingRow(String name, long received, long disbursed, Money disbursedAmount) {
    }
}
