package org.xinyidai.financing.figures;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xinyidai.financing.FinancingApi.EnterpriseWorkbench;
import org.xinyidai.financing.FinancingApi.InstitutionWorkbench;
import org.xinyidai.financing.FinancingApi.MonthFigure;
import org.xinyidai.financing.FinancingApi.OrderLine;
import org.xinyidai.financing.FinancingApi.Overview;
import org.xinyidai.financing.FinancingApi.RankingKind;
import org.xinyidai.financing.FinancingApi.RankingRow;
import org.xinyidai.shared.Share;
import org.xinyidai.financing.FinancingApi.Todos;
import org.xinyidai.financing.OrderStatus;
import org.xinyidai.financing.order.OrderScope;
import org.xinyidai.financing.order.OrderScopes;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.Role;
import org.xinyidai.institution.Colleague;
import org.xinyidai.institution.InstitutionApi;
import org.xinyidai.institution.NodeSummary;
import org.xinyidai.shared.Money;

/**
 * The workbench figures ({@link org.xinyidai.financing.FinancingApi} answers them), every query limited by the
 * person's {@link OrderScope} — the very condition the order lists use, so a card's number is the length of the list
 * it links to.
 */
@Component
public class Workbenches {

    /** Received and not yet lent or closed. */
    static final String IN_PROGRESS = "o.status in ('SUBMITTED', 'ACCEPTED', 'REVIEWING', 'APPROVED')";
    private static final String LENT = "exists (select 1 from financing_loan l where l.order_id = o.id)";

    private final JdbcClient jdbc;
    private final OrderScopes scopes;
    private final JdbcOrderFigures monthly;
    private final InstitutionApi institutions;
    private final InstitutionApi staff;
    private final Clock clock;
    private final ZoneId zone;

    Workbenches(JdbcClient jdbc, OrderScopes scopes, JdbcOrderFigures monthly, InstitutionApi institutions,
                         InstitutionApi staff, Clock clock, ZoneId zone) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.monthly = monthly;
        this.institutions = institutions;
        this.staff = staff;
        this.clock = clock;
        this.zone = zone;
    }

    public EnterpriseWorkbench forEnterprise(CurrentUser user) {
        OrderScope scope = user.role() == Role.ENTERPRISE ? scopes.of(user) : OrderScope.nothing();
        return new EnterpriseWorkbench(
                count(scope, IN_PROGRESS),
                count(scope, "1 = 1"), new Money(sum("select coalesce(sum(o.amount), 0) from financing_order o", scope)),
                count(scope, "exists (select 1 from financing_credit c where c.order_id = o.id)"), approved(scope),
                count(scope, LENT), disbursed(scope),
                latest(scope));
    }

    public InstitutionWorkbench forInstitution(CurrentUser user) {
        OrderScope scope = user.role().isInstitutionRole() ? scopes.of(user) : OrderScope.nothing();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        long received = count(scope, "1 = 1");
        long lent = count(scope, LENT);
        Overview overview = new Overview(received, count(scope, IN_PROGRESS), approved(scope), lent,
                disbursed(scope), count(scope, "o.status = 'SETTLED'"));
        Map<String, Object> day = Map.of("dayStart", today.atStartOfDay(), "dayEnd", today.plusDays(1).atStartOfDay());
        Todos todos = new Todos(count(scope, "o.status = 'SUBMITTED'"),
                count(scope, "o.status = 'SUBMITTED' and o.accept_deadline >= :dayStart and o.accept_deadline < :dayEnd",
                        day));
        YearMonth month = YearMonth.from(today);
        Share rate = Share.ofOrNone(lent, received);
        List<NodeSummary> children = childrenOf(user);
        RankingKind kind = user.role() == Role.CUSTOMER_MANAGER || user.nodeId() == null ? RankingKind.NONE
                : children.isEmpty() ? RankingKind.MANAGERS : RankingKind.NODES;
        return new InstitutionWorkbench(overview, todos, months(scope, month), latest(scope), rate,
                monthly.performance(scope.condition(), scope.params(), month),
                monthly.performance(scope.condition(), scope.params(), month.minusMonths(1)),
                kind, ranking(user, kind, children, scope, month));
    }

    public Money disbursed(String siteCode) {
        return disbursed(OrderScope.ofSite(siteCode));
    }

    public long demandsPublished(String siteCode) {
        return jdbc.sql("select count(*) from financing_demand where site_code = :site and status <> 'WITHDRAWN'")
                .param("site", siteCode).query(Long.class).single();
    }

    /** The last twelve months, oldest first, months without a loan as zero. */
    private List<MonthFigure> months(OrderScope scope, YearMonth current) {
        YearMonth first = current.minusMonths(11);
        Map<String, Object> params = new HashMap<>(scope.params());
        params.put("fromDay", first.atDay(1));
        params.put("toDay", current.plusMonths(1).atDay(1));
        Map<YearMonth, MonthFigure> found = new HashMap<>();
        jdbc.sql("select extract(year from l.disbursed_on) y, extract(month from l.disbursed_on) m, count(*), "
                        + "sum(l.amount) from financing_loan l join financing_order o on o.id = l.order_id where "
                        + scope.condition() + " and l.disbursed_on >= :fromDay and l.disbursed_on < :toDay "
                        + "group by extract(year from l.disbursed_on), extract(month from l.disbursed_on)")
                .params(params)
                .query((rs, n) -> new MonthFigure(YearMonth.of(rs.getInt(1), rs.getInt(2)), rs.getLong(3),
                        new Money(rs.getBigDecimal(4))))
                .list()
                .forEach(figure -> found.put(figure.month(), figure));
        List<MonthFigure> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(current); m = m.plusMonths(1)) {
            MonthFigure figure = found.get(m);
            months.add(figure == null ? new MonthFigure(m, 0, Money.ZERO) : figure);
        }
        return months;
    }

    private List<OrderLine> latest(OrderScope scope) {
        return jdbc.sql("select o.id, o.order_no, o.enterprise_name, o.product_name, o.amount, o.status, o.submitted_at "
                        + "from financing_order o where " + scope.condition()
                        + " order by o.submitted_at desc, o.id desc limit 5")
                .params(scope.params())
                .query((rs, n) -> new OrderLine(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        new Money(rs.getBigDecimal(5)), OrderStatus.valueOf(rs.getString(6)),
                        rs.getTimestamp(7).toLocalDateTime()))
                .list();
    }

    private List<NodeSummary> childrenOf(CurrentUser user) {
        if (user.institutionId() == null || user.nodeId() == null) {
            return List.of();
        }
        return institutions.nodes(user.institutionId()).stream().filter(n -> user.nodeId().equals(n.parentId()))
                .toList();
    }

    /**
     * This month by the nodes right below the person's node (each with its whole subtree); a node without
     * children ranks its customer managers instead. Best disbursed amount first.
     */
    private List<RankingRow> ranking(CurrentUser user, RankingKind kind, List<NodeSummary> children,
                                     OrderScope scope, YearMonth month) {
        List<RankingRow> rows = new ArrayList<>();
        if (kind == RankingKind.NONE) {
            return rows;
        }
        if (kind == RankingKind.NODES) {
            // Orders grouped by node path in one pass, then added up under the child whose subtree holds them.
            Map<String, JdbcOrderFigures.Tally> byPath = monthly.tallyBy("o.node_path", scope.condition(),
                    scope.params(), month);
            for (NodeSummary child : children) {
                JdbcOrderFigures.Tally tally = byPath.entrySet().stream()
                        .filter(e -> e.getKey().startsWith(child.path())).map(Map.Entry::getValue)
                        .reduce(JdbcOrderFigures.Tally.NONE, JdbcOrderFigures.Tally::plus);
                rows.add(row(child.name(), tally));
            }
        } else {
            String path = scopes.subtreePath(user).orElse(null);
            if (path == null) {
                return List.of();
            }
            Map<String, JdbcOrderFigures.Tally> byManager = monthly.tallyBy("o.manager_account", scope.condition(),
                    scope.params(), month);
            for (Colleague manager : staff.managersIn(user.institutionId(), path)) {
                rows.add(row(manager.name(), byManager.getOrDefault(String.valueOf(manager.accountId()),
                        JdbcOrderFigures.Tally.NONE)));
            }
        }
        rows.sort(Comparator.comparing(RankingRow::disbursedAmount).reversed()
                .thenComparing(Comparator.comparingLong(RankingRow::received).reversed()));
        return rows;
    }

    private static RankingRow row(String name, JdbcOrderFigures.Tally tally) {
        return new RankingRow(name, tally.received(), tally.disbursed(), new Money(tally.disbursedYuan()));
    }

    private Money approved(OrderScope scope) {
        return new Money(sum("select coalesce(sum(c.line), 0) from financing_credit c join financing_order o "
                + "on o.id = c.order_id", scope));
    }

    private Money disbursed(OrderScope scope) {
        return new Money(sum("select coalesce(sum(l.amount), 0) from financing_loan l join financing_order o "
                + "on o.id = l.order_id", scope));
    }

    private long count(OrderScope scope, String condition) {
        return count(scope, condition, Map.of());
    }

    private long count(OrderScope scope, String condition, Map<String, Object> extra) {
        return jdbc.sql("select count(*) from financing_order o where " + scope.condition() + " and " + condition)
                .params(scope.params()).params(extra).query(Long.class).single();
    }

    private BigDecimal sum(String select, OrderScope scope) {
        return jdbc.sql(select + " where " + scope.condition()).params(scope.params()).query(BigDecimal.class).single();
    }
}
