package org.xinyidai.financing.order;

import java.io.Serializable;
import java.util.List;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xinyidai.financing.order.RejectReasons.RejectReason;

/**
 * Every reject reason in its order, cached: every bank order page shows them and only the platform admin
 * changes them ({@link RejectReasons} evicts on its writes).
 */
@Component
class RejectReasonList {

    static final String CACHE = "rejectReasons";

    private final JdbcClient jdbc;

    RejectReasonList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The reasons as one immutable, serialisable value. */
    record Reasons(List<RejectReason> all) implements Serializable {

        Reasons {
            all = List.copyOf(all);
        }
    }

    @Cacheable(cacheNames = CACHE, key = "'all'")
    public Reasons load() {
        return new Reasons(jdbc.sql("select code, label_zh, label_en, active, sort_order from financing_reject_reason "
                        + "order by sort_order, code")
                .query((rs, n) -> new RejectReason(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        rs.getInt(5)))
                .list());
    }
}
