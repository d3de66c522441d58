package org.xinyidai.enterprise.authentication;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xinyidai.enterprise.registry.ReviewKind;

/** The advisor's queue: certificate reviews and claims of one site's enterprises, oldest first. */
@Repository
class ReviewQueue {

    private final JdbcClient jdbc;
    private final ZoneId zone;

    ReviewQueue(JdbcClient jdbc, ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    List<QueueItem> of(String siteCode) {
        return jdbc.sql("""
                select * from (
                    select e.id as enterprise_id, e.name, e.uscc, e.uscc_check_ok, 'CERTIFICATES' as kind,
                        e.created_by as account_id, e.review_requested_at as since
                    from enterprise_enterprise e where e.site_code = :site and e.authentication = 'PENDING_REVIEW'
                    union all
                    select e.id, e.name, e.uscc, e.uscc_check_ok, 'CLAIM', m.account_id, m.created_at
                    from enterprise_member m join enterprise_enterprise e on e.id = m.enterprise_id
                    where e.site_code = :site and m.status = 'PENDING_CLAIM'
                ) q order by since, enterprise_id""")
                .param("site", siteCode)
                .query((rs, n) -> new QueueItem(rs.getLong("enterprise_id"), rs.getString("name"), rs.getString("uscc"),
                        rs.getBoolean("uscc_check_ok"), ReviewKind.valueOf(rs.getString("kind")),
                        rs.getLong("account_id"), inZone(rs.getObject("since", OffsetDateTime.class))))
                .list();
    }

    private OffsetDateTime inZone(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(zone).toOffsetDateTime();
    }
}
