package org.xinyidai.financing.order;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reasons a bank may give when it rejects an order (拒绝原因), in the reader's language. */
@Repository
public class RejectReasons {

    private final JdbcClient jdbc;

    RejectReasons(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Active reasons by code, in their order, labelled in the locale's language. */
    public Map<String, String> active(Locale locale) {
        return labels("where active = true", locale);
    }

    /** Every reason ever offered, so old timelines still read. */
    public Map<String, String> all(Locale locale) {
        return labels("", locale);
    }

    public boolean isActive(String code) {
        return code != null && jdbc.sql("select count(*) from financing_reject_reason where code = :code and active = true")
                .param("code", code).query(Long.class).single() > 0;
    }

    /** Every reason with both labels, for the admin's list. */
    public java.util.List<RejectReason> list() {
        return jdbc.sql("select code, label_zh, label_en, active, sort_order from financing_reject_reason order by sort_order, code")
                .query((rs, n) -> new RejectReason(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        rs.getInt(5)))
                .list();
    }

    public boolean exists(String code) {
        return jdbc.sql("select count(*) from financing_reject_reason where code = :code").param("code", code)
                .query(Long.class).single() > 0;
    }

    public void add(RejectReason r) {
        jdbc.sql("""
                insert into financing_reject_reason (code, label_zh, label_en, active, sort_order)
                values (:code, :zh, :en, :active, :sort)""")
                .param("code", r.code()).param("zh", r.labelZh()).param("en", r.labelEn()).param("active", r.active())
                .param("sort", r.sortOrder()).update();
    }

    /** Changes a reason's labels, order and whether it is offered; false when there is no such code. */
    public boolean update(RejectReason r) {
        return jdbc.sql("""
                update financing_reject_reason set label_zh = :zh, label_en = :en, active = :active, sort_order = :sort
                where code = :code""")
                .param("code", r.code()).param("zh", r.labelZh()).param("en", r.labelEn()).param("active", r.active())
                .param("sort", r.sortOrder()).update() == 1;
    }

    /** A reason as the admin edits it. */
    public record RejectReason(String code, String labelZh, String labelEn, boolean active, int sortOrder) {
    }

    private Map<String, String> labels(String where, Locale locale) {
        String column = "en".equals(locale.getLanguage()) ? "label_en" : "label_zh";
        Map<String, String> labels = new LinkedHashMap<>();
        jdbc.sql("select code, " + column + " from financing_reject_reason " + where + " order by sort_order, code")
                .query(rs -> {
                    labels.put(rs.getString(1), rs.getString(2));
                });
        return labels;
    }
}
