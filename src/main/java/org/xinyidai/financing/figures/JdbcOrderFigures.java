package org.xinyidai.financing.figures;

import static java.math.BigDecimal.ZERO;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xinyidai.institution.OrderFigures;
import org.xinyidai.institution.Performance;
import org.xinyidai.product.ProductOrders;
import org.xinyidai.shared.Money;

/**
 * The order figures other modules ask for: a node's or a manager's month (received, accepted, approved,
 * disbursed, in 笔 and 万元), whether a product has orders, and how many orders a person still holds.
 * Orders count where they are now (their current node and manager).
 */
@Component
class JdbcOrderFigures implements OrderFigures, ProductOrders {

    private static final String OPEN = "o.status not in ('SETTLED', 'REJECTED', 'WITHDRAWN', 'EXPIRED')";

    private final JdbcClient jdbc;

    JdbcOrderFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Performance forSubtree(long institutionId, String subtreePath, YearMonth month) {
        return performance("o.institution_id = :institution and o.node_path like :path",
                Map.of("institution", institutionId, "path", subtreePath + "%"), month);
    }

    @Override
    public Performance forManager(long accountId, YearMonth month) {
        return performance("o.manager_account = :manager", Map.of("manager", accountId), month);
    }

    @Override
    public long openOrdersHeldBy(long accountId) {
        return jdbc.sql("select count(*) from financing_order o where o.manager_account = :manager and " + OPEN)
                .param("manager", accountId).query(Long.class).single();
    }

    @Override
    public boolean hasOrders(long productId) {
        return jdbc.sql("select count(*) from financing_order where product_id = :product")
                .param("product", productId).query(Long.class).single() > 0;
    }

    /** The month's figures of the orders matching an SQL condition on {@code financing_order o}. */
    Performance performance(String scope, Map<String, Object> params, YearMonth month) {
        LocalDateTime from = month.atDay(1).atStartOfDay();
        LocalDateTime to = month.plusMonths(1).atDay(1).atStartOfDay();
        long received = count("select count(*) from financing_order o where " + scope
                + " and o.submitted_at >= :from and o.submitted_at < :to", params, from, to);
        long accepted = count("select count(distinct p.order_id) from financing_progress p join financing_order o "
                + "on o.id = p.order_id where " + scope + " and p.to_status = 'ACCEPTED' and p.at >= :from and p.at < :to",
                params, from, to);
        long approved = count("select count(*) from financing_credit c join financing_order o on o.id = c.order_id where "
                + scope + " and c.approved_at >= :from and c.approved_at < :to", params, from, to);
        BigDecimal approvedYuan = sum("select coalesce(sum(c.line), 0) from financing_credit c join financing_order o "
                + "on o.id = c.order_id where " + scope + " and c.approved_at >= :from and c.approved_at < :to",
                params, from, to);
        long disbursed = count("select count(distinct l.order_id) from financing_loan l join financing_order o "
                + "on o.id = l.order_id where " + scope + " and l.disbursed_on >= :fromDay and l.disbursed_on < :toDay",
                params, from, to);
        BigDecimal disbursedYuan = sum("select coalesce(sum(l.amount), 0) from financing_loan l join financing_order o "
                + "on o.id = l.order_id where " + scope + " and l.disbursed_on >= :fromDay and l.disbursed_on < :toDay",
                params, from, to);
        return new Performance(received, accepted, approved, disbursed, new Money(approvedYuan),
                new Money(disbursedYuan));
    }

    /**
     * The month's figures of the orders matching {@code scope}, grouped by an expression on
     * {@code financing_order o} (its node path, its manager): six GROUP BY queries however many groups, where
     * asking group by group cost six queries each. Amounts stay in yuan so callers can add groups up exactly.
     */
    Map<String, Tally> tallyBy(String group, String scope, Map<String, Object> params, YearMonth month) {
        LocalDateTime from = month.atDay(1).atStartOfDay();
        LocalDateTime to = month.plusMonths(1).atDay(1).atStartOfDay();
        Map<String, Tally> tallies = new HashMap<>();
        grouped("select " + group + ", count(*) from financing_order o where " + scope
                + " and o.submitted_at >= :from and o.submitted_at < :to group by " + group, params, from, to,
                (key, rs) -> tallies.merge(key, new Tally(rs.getLong(2), 0, 0, 0, ZERO, ZERO), Tally::plus));
        grouped("select " + group + ", count(distinct p.order_id) from financing_progress p join financing_order o "
                + "on o.id = p.order_id where " + scope + " and p.to_status = 'ACCEPTED' and p.at >= :from and p.at < :to"
                + " group by " + group, params, from, to,
                (key, rs) -> tallies.merge(key, new Tally(0, rs.getLong(2), 0, 0, ZERO, ZERO), Tally::plus));
        grouped("select " + group + ", count(*), coalesce(sum(c.line), 0) from financing_credit c join financing_order o "
                + "on o.id = c.order_id where " + scope + " and c.approved_at >= :from and c.approved_at < :to"
                + " group by " + group, params, from, to,
                (key, rs) -> tallies.merge(key, new Tally(0, 0, rs.getLong(2), 0, rs.getBigDecimal(3), ZERO),
                        Tally::plus));
        grouped("select " + group + ", count(distinct l.order_id), coalesce(sum(l.amount), 0) from financing_loan l "
                + "join financing_order o on o.id = l.order_id where " + scope
                + " and l.disbursed_on >= :fromDay and l.disbursed_on < :toDay group by " + group, params, from, to,
                (key, rs) -> tallies.merge(key, new Tally(0, 0, 0, rs.getLong(2), ZERO, rs.getBigDecimal(3)),
                        Tally::plus));
        return tallies;
    }

    private interface GroupRow {
        void accept(String key, ResultSet rs) throws SQLException;
    }

    private void grouped(String sql, Map<String, Object> params, LocalDateTime from, LocalDateTime to, GroupRow row) {
        jdbc.sql(sql).params(params).params(range(sql, from, to)).query((ResultSet rs) -> {
            row.accept(String.valueOf(rs.getObject(1)), rs);
        });
    }

    /** A group's month in counts and yuan; groups add up before the amounts become 万元. */
    record Tally(long received, long accepted, long approved, long disbursed, BigDecimal approvedYuan,
                 BigDecimal disbursedYuan) {

        static final Tally NONE = new Tally(0, 0, 0, 0, ZERO, ZERO);

        Tally plus(Tally other) {
            return new Tally(received + other.received, accepted + other.accepted, approved + other.approved,
                    disbursed + other.disbursed, approvedYuan.add(other.approvedYuan),
                    disbursedYuan.add(other.disbursedYuan));
        }

        Performance performance() {
            return new Performance(received, accepted, approved, disbursed, new Money(approvedYuan),
                new Money(disbursedYuan));
        }
    }

    private long count(String sql, Map<String, Object> params, LocalDateTime from, LocalDateTime to) {
        return jdbc.sql(sql).params(params).params(range(sql, from, to)).query(Long.class).single();
    }

    private BigDecimal sum(String sql, Map<String, Object> params, LocalDateTime from, LocalDateTime to) {
        return jdbc.sql(sql).params(params).params(range(sql, from, to)).query(BigDecimal.class).single();
    }

    private static Map<String, Object> range(String sql, LocalDateTime from, LocalDateTime to) {
        return sql.contains(":fromDay") ? Map.of("fromDay", from.toLocalDate(), "toDay", to.toLocalDate())
                : Map.of("from", from, "to", to);
    }
}
