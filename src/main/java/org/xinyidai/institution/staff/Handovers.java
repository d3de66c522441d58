package org.xinyidai.institution.staff;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xinyidai.institution.InstitutionStaff.Referral;

/** Referrals (who brought which enterprise) and the record of resignation handovers. */
@Repository
public class Handovers {

    private final JdbcClient jdbc;

    Handovers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void attribute(long enterpriseAccountId, long staffAccountId, long institutionId, OffsetDateTime at) {
        jdbc.sql("""
                insert into institution_referral (enterprise_account_id, staff_account_id, institution_id, registered_at)
                values (:enterprise, :staff, :institution, :at)""")
                .param("enterprise", enterpriseAccountId).param("staff", staffAccountId)
                .param("institution", institutionId).param("at", at).update();
    }

    Optional<Referral> referralOf(long enterpriseAccountId) {
        return jdbc.sql("""
                select s.account_id, s.name, s.phone, i.id, i.name, n.name
                from institution_referral r
                join institution_staff s on s.account_id = r.staff_account_id
                join institution_institution i on i.id = r.institution_id
                join institution_node n on n.id = s.node_id
                where r.enterprise_account_id = :enterprise""")
                .param("enterprise", enterpriseAccountId)
                .query((rs, n) -> new Referral(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getString(6)))
                .optional();
    }

    /** The enterprise accounts a manager brought, newest first. */
    public List<Long> referredBy(long staffAccountId) {
        return jdbc.sql("select enterprise_account_id from institution_referral where staff_account_id = :staff "
                        + "order by registered_at desc")
                .param("staff", staffAccountId).query(Long.class).list();
    }

    void moveReferrals(long fromAccountId, long toAccountId) {
        jdbc.sql("update institution_referral set staff_account_id = :to where staff_account_id = :from")
                .param("to", toAccountId).param("from", fromAccountId).update();
    }

    void record(long institutionId, long from, long to, long by, long ordersMoved, String note, OffsetDateTime at) {
        jdbc.sql("""
                insert into institution_handover (institution_id, from_account_id, to_account_id, by_account_id,
                    orders_moved, note, handed_over_at)
                values (:institution, :from, :to, :by, :moved, :note, :at)""")
                .param("institution", institutionId).param("from", from).param("to", to).param("by", by)
                .param("moved", ordersMoved).param("note", note).param("at", at).update();
    }

    /** Handovers from or to a person, newest first. */
    public List<HandoverRecord> involving(long accountId) {
        return jdbc.sql("""
                select h.handed_over_at, f.name, t.name, h.orders_moved, h.note
                from institution_handover h
                left join institution_staff f on f.account_id = h.from_account_id
                left join institution_staff t on t.account_id = h.to_account_id
                where h.from_account_id = :id or h.to_account_id = :id
                order by h.handed_over_at desc""")
                .param("id", accountId)
                .query((rs, n) -> new HandoverRecord(rs.getObject(1, OffsetDateTime.class), rs.getString(2),
                        rs.getString(3), rs.getLong(4), rs.getString(5)))
                .list();
    }

    public record HandoverRecord(OffsetDateTime at, String fromName, String toName, long ordersMoved, String note) {
    }
}
