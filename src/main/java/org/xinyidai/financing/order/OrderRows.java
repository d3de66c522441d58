package org.xinyidai.financing.order;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import org.xinyidai.financing.OrderChannel;
import org.xinyidai.financing.OrderStatus;

/** How an order is read from {@code financing_order o}: the columns every read selects, and the row as an order. */
final class OrderRows {

    static final String COLUMNS = """
            select o.id, o.order_no, o.site_code, o.enterprise_id, o.enterprise_name, o.enterprise_region,
                   o.applicant_account, o.contact_name, o.contact_phone, o.institution_id, o.node_id, o.node_path,
                   o.manager_account, o.manager_name, o.product_id, o.product_name, o.demand_id, o.channel, o.amount,
                   o.term_months, o.purpose, o.status, o.submitted_at, o.accept_deadline, o.updated_at, o.version
            from financing_order o""";

    private OrderRows() {
    }

    static Order order(ResultSet rs, int n) throws SQLException {
        OrderFacts facts = new OrderFacts(rs.getLong("id"), rs.getString("order_no"), rs.getString("site_code"),
                rs.getLong("enterprise_id"), rs.getString("enterprise_name"), rs.getString("enterprise_region"),
                rs.getLong("applicant_account"), rs.getString("contact_name"), rs.getString("contact_phone"),
                rs.getLong("institution_id"), nullableLong(rs, "product_id"), rs.getString("product_name"),
                nullableLong(rs, "demand_id"), OrderChannel.valueOf(rs.getString("channel")),
                rs.getBigDecimal("amount"), rs.getInt("term_months"), rs.getString("purpose"),
                rs.getObject("submitted_at", LocalDateTime.class), rs.getObject("accept_deadline", LocalDateTime.class));
        Placement placement = new Placement(rs.getLong("node_id"), rs.getString("node_path"),
                nullableLong(rs, "manager_account"), rs.getString("manager_name"));
        return new Order(facts, placement, OrderStatus.valueOf(rs.getString("status")),
                rs.getObject("updated_at", LocalDateTime.class), rs.getInt("version"));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
