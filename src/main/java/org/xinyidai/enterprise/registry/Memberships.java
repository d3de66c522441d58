package org.xinyidai.enterprise.registry;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xinyidai.enterprise.EnterpriseId;
import org.xinyidai.identity.AccountId;

/** Which accounts are bound to which enterprises (ACTIVE, or a claim), and each account's current enterprise. */
@Repository
public class Memberships {

    private final JdbcClient jdbc;
    private final Enterprises enterprises;

    Memberships(JdbcClient jdbc, Enterprises enterprises) {
        this.jdbc = jdbc;
        this.enterprises = enterprises;
    }

    /** Every binding of an account: the current one first, then active ones, then claims, oldest first. */
    public List<Membership> of(AccountId account) {
        return jdbc.sql(Enterprises.COLUMNS.replace("select e.id", "select m.status as member_status, m.is_current, "
                        + "m.rejection_reason as claim_reason, e.id") + """
                 join enterprise_member m on m.enterprise_id = e.id
                where m.account_id = :account
                order by m.is_current desc, case when m.status = 'ACTIVE' then 0 else 1 end, m.created_at, e.id""")
                .param("account", account.value())
                .query((rs, n) -> new Membership(enterprises.map(rs, n), MemberStatus.valueOf(rs.getString("member_status")),
                        rs.getBoolean("is_current"), rs.getString("claim_reason")))
                .list();
    }

    Optional<MemberStatus> status(EnterpriseId enterprise, AccountId account) {
        return jdbc.sql("select status from enterprise_member where enterprise_id = :e and account_id = :a")
                .param("e", enterprise.value()).param("a", account.value()).query(String.class).optional()
                .map(MemberStatus::valueOf);
    }

    /** Binds the account; its first enterprise becomes its current one. */
    void add(EnterpriseId enterprise, AccountId account, MemberStatus status, OffsetDateTime at) {
        boolean first = status == MemberStatus.ACTIVE && !hasCurrent(account);
        jdbc.sql("""
                insert into enterprise_member (enterprise_id, account_id, status, is_current, created_at)
                values (:e, :a, :status, :current, :at)""")
                .param("e", enterprise.value()).param("a", account.value()).param("status", status.name())
                .param("current", first).param("at", at).update();
    }

    /** Moves a membership from one status to another; false when it was not in {@code from}. */
    public boolean change(EnterpriseId enterprise, AccountId account, MemberStatus from, MemberStatus to,
                          String reason, OffsetDateTime at) {
        return jdbc.sql("""
                update enterprise_member set status = :to, rejection_reason = :reason, created_at = :at
                where enterprise_id = :e and account_id = :a and status = :from""")
                .param("to", to.name()).param("reason", reason).param("at", at)
                .param("e", enterprise.value()).param("a", account.value()).param("from", from.name()).update() == 1;
    }

    public boolean hasCurrent(AccountId account) {
        return jdbc.sql("select count(*) from enterprise_member where account_id = :a and is_current = true")
                .param("a", account.value()).query(Long.class).single() > 0;
    }

    /** Makes one ACTIVE membership the account's current enterprise; false when there is no such membership. */
    public boolean makeCurrent(AccountId account, EnterpriseId enterprise) {
        if (status(enterprise, account).filter(s -> s == MemberStatus.ACTIVE).isEmpty()) {
            return false;
        }
        jdbc.sql("""
                update enterprise_member set is_current = case when enterprise_id = :e then true else false end
                where account_id = :a""").param("e", enterprise.value()).param("a", account.value()).update();
        return true;
    }

    /** Accounts bound ACTIVE, the longest bound first. */
    public List<Long> activeMembers(long enterpriseId) {
        return jdbc.sql("""
                select account_id from enterprise_member where enterprise_id = :e and status = 'ACTIVE'
                order by created_at, account_id""").param("e", enterpriseId).query(Long.class).list();
    }

    /** Pending claims of an enterprise: account and since when. */
    public List<PendingClaim> pendingClaims(long enterpriseId) {
        return jdbc.sql("""
                select account_id, created_at from enterprise_member where enterprise_id = :e and status = 'PENDING_CLAIM'
                order by created_at""").param("e", enterpriseId)
                .query((rs, n) -> new PendingClaim(enterpriseId, rs.getLong(1), enterprises.inZone(rs, "created_at")))
                .list();
    }
}
