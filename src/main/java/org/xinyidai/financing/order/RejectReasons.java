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
