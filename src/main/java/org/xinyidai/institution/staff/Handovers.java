package org.xinyidai.institution.staff;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The record of resignation handovers (institution_handover). */
@Repository
public class Handovers {

    private final JdbcClient jdbc;

    Handovers(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
