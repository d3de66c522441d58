package org.xinyidai.institution.referral;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xinyidai.identity.AccountId;
import org.xinyidai.institution.Referral;

/** Referrals: which customer manager brought which enterprise user (institution_referral). */
@Repository
public class Referrals {

    private final JdbcClient jdbc;

    Referrals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void attribute(long enterpriseAccountId, long staffAccountId, long institutionId, OffsetDateTime at) {
        jdbc.sql("""
                insert into institution_referral (enterprise_account_id, staff_account_id, institution_id, registered_at)
                values (:enterprise, :staff, :institution, :at)""")
                .param("enterprise", enterpriseAccountId).param("staff", staffAccountId)
                .param("institution", institutionId).param("at", at).update();
    }

    public Optional<Referral> referralOf(long enterpriseAccountId) {
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

    public boolean hasReferrals(long staffAccountId) {
        return jdbc.sql("select count(*) from institution_referral where staff_account_id = :id")
                .param("id", staffAccountId).query(Long.class).single() > 0;
    }

    /** A handover: the enterprises one manager brought now belong to another. */
    public void move(AccountId from, AccountId to) {
        jdbc.sql("update institution_referral set staff_account_id = :to where staff_account_id = :from")
                .param("to", to.value()).param("from", from.value()).update();
    }
}
