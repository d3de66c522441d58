package org.xinyidai.financing.order;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reasons a bank may give when it rejects an order (拒绝原因), in the reader's language. */
@Repository
public class RejectReasons {

    private final JdbcClient jdbc;
    private final RejectReasonList cached;

    RejectReasons(JdbcClient jdbc, RejectReasonList cached) {
        this.jdbc = jdbc;
        this.cached = cached;
    }

    /** Active reasons by code, in their order, labelled in the locale's language. */
    public Map<String, String> active(Locale locale) {
        return labels(true, locale);
    }

    /** Every reason ever offered, so old timelines still read. */
    public Map<String, String> all(Locale locale) {
        return labels(false, locale);
    }

    public boolean isActive(String code) {
        return code != null && list().stream().anyMatch(r -> r.code().equals(code) && r.active());
    }

    /** Every reason with both labels, for the admin's list. */
    public java.util.List<RejectReason> list() {
        return cached.load().all();
    }

    public boolean exists(String code) {
        return jdbc.sql("select count(*) from financing_reject_reason where code = :code").param("code", code)
                .query(Long.class).single() > 0;
    }

    @CacheEvict(cacheNames = RejectReasonList.CACHE, allEntries = true)
    public void add(RejectReason r) {
        jdbc.sql("""
                insert into financing_reject_reason (code, label_zh, label_en, active, sort_order)
                values (:code, :zh, :en, :active, :sort)""")
                .param("code", r.code()).param("zh", r.labelZh()).param("en", r.labelEn()).param("active", r.active())
                .param("sort", r.sortOrder()).update();
    }

    /** Changes a reason's labels, order and whether it is offered; false when there is no such code. */
    @CacheEvict(cacheNames = RejectReasonList.CACHE, allEntries = true)
    public boolean update(RejectReason r) {
        return jdbc.sql("""
                update financing_reject_reason set label_zh = :zh, label_en = :en, active = :active, sort_order = :sort
                where code = :code""")
                .param("code", r.code()).param("zh", r.labelZh()).param("en", r.labelEn()).param("active", r.active())
                .param("sort", r.sortOrder()).update() == 1;
    }

    /** A reason as the admin edits it. */
    public record RejectReason(String code, String labelZh, String labelEn, boolean active, int sortOrder)
            implements java.io.Serializable {
    }

    private Map<String, String> labels(boolean activeOnly, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        Map<String, String> labels = new LinkedHashMap<>();
        for (RejectReason r : list()) {
            if (r.active() || !activeOnly) {
                labels.put(r.code(), english ? r.labelEn() : r.labelZh());
            }
        }
        return labels;
    }
}
