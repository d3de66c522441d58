package org.xinyidai.institution.staff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xinyidai.identity.Role;
import org.xinyidai.institution.tree.NodeScope;
import org.xinyidai.shared.Like;
import org.xinyidai.shared.Page;
import org.xinyidai.shared.PageRequest;
import org.xinyidai.shared.Refused;

/**
 * Loads and saves {@link StaffMember}s (the institution_staff table), read only within a {@link NodeScope} except
 * by the account itself; a change is a versioned update.
 */
@Repository
public class StaffMembers {

    private static final String COLUMNS = """
            select s.account_id, s.institution_id, s.node_id, n.name as node_name, n.path as node_path, s.role, s.name,
                   s.phone, s.position, s.employee_no, s.approval, s.work_status, s.referral_code, s.created_at,
                   s.version
            from institution_staff s join institution_node n on n.id = s.node_id""";
    private static final String SCOPE = " where s.institution_id = :institution and n.path like :subtree";

    private final JdbcClient jdbc;
    private final ZoneId zone;

    StaffMembers(JdbcClient jdbc, ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    public Optional<StaffMember> find(long accountId, NodeScope scope) {
        return jdbc.sql(COLUMNS + SCOPE + " and s.account_id = :id")
                .params(scopeParams(scope)).param("id", accountId).query(this::map).optional();
    }

    public Optional<StaffMember> findByReferralCode(String code) {
        return jdbc.sql(COLUMNS + " where s.referral_code = :code").param("code", code).query(this::map).optional();
    }

    public Optional<StaffMember> findByAccount(long accountId) {
        return jdbc.sql(COLUMNS + " where s.account_id = :id").param("id", accountId).query(this::map).optional();
    }

    /** One page of the people in scope matching the filter, newest first. */
    public Page<StaffMember> search(StaffFilter filter, NodeScope scope) {
        Map<String, Object> params = scopeParams(scope);
        String where = where(filter, params);
        PageRequest request = filter.pageRequest();
        long total = jdbc.sql("select count(*) from institution_staff s join institution_node n on n.id = s.node_id"
                        + SCOPE + where)
                .params(params).query(Long.class).single();
        List<StaffMember> rows = jdbc.sql(COLUMNS + SCOPE + where
                        + " order by s.created_at desc, s.account_id desc limit :limit offset :offset")
                .params(params).param("limit", request.size()).param("offset", request.offset())
                .query(this::map).list();
        return new Page<>(rows, total, request);
    }

    /** Staff of one node (not below it). */
    public List<StaffMember> atNode(long nodeId, NodeScope scope) {
        return jdbc.sql(COLUMNS + SCOPE + " and s.node_id = :node order by s.name")
                .params(scopeParams(scope)).param("node", nodeId).query(this::map).list();
    }

    /** Approved, on-duty colleagues in scope who can take over someone's orders. */
    List<StaffMember> successorsFor(long accountId, NodeScope scope) {
        return jdbc.sql(COLUMNS + SCOPE + " and s.account_id <> :id and s.approval = 'APPROVED' "
                        + "and s.work_status = 'ON_DUTY' and s.role = 'CUSTOMER_MANAGER' order by s.name")
                .params(scopeParams(scope)).param("id", accountId).query(this::map).list();
    }

    /** Approved, on-duty customer managers of an institution whose node lies in a subtree. */
    List<StaffMember> managersIn(long institutionId, String subtreePath) {
        return jdbc.sql(COLUMNS + SCOPE + " and s.approval = 'APPROVED' and s.work_status = 'ON_DUTY' "
                        + "and s.role = 'CUSTOMER_MANAGER' order by n.path, s.name")
                .param("institution", institutionId).param("subtree", subtreePath + "%").query(this::map).list();
    }

    /** Approved, on-duty admins of a node or of any node above it (head office included). */
    List<Long> adminsOver(long institutionId, String nodePath) {
        return jdbc.sql("""
                select s.account_id from institution_staff s join institution_node n on n.id = s.node_id
                where s.institution_id = :institution and s.role in ('INST_ADMIN', 'INST_HQ_ADMIN')
                  and s.approval = 'APPROVED' and s.work_status = 'ON_DUTY' and :path like n.path || '%'
                order by s.account_id""")
                .param("institution", institutionId).param("path", nodePath).query(Long.class).list();
    }

    /** Counts by approval and work status within scope, for the workbench. */
    Map<String, Long> counts(NodeScope scope) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("select s.approval, s.work_status, count(*) from institution_staff s "
                        + "join institution_node n on n.id = s.node_id" + SCOPE + " group by s.approval, s.work_status")
                .params(scopeParams(scope))
                .query((ResultSet rs) -> {
                    counts.merge(rs.getString(1), rs.getLong(3), Long::sum);
                    counts.merge(rs.getString(2), rs.getLong(3), Long::sum);
                });
        return counts;
    }

    void insert(long accountId, long institutionId, long nodeId, Role role, String name, String phone, String position,
                String employeeNo, StaffMember.Approval approval, String referralCode, OffsetDateTime at) {
        jdbc.sql("""
                insert into institution_staff (account_id, institution_id, node_id, role, name, phone, position,
                    employee_no, approval, work_status, referral_code, created_at)
                values (:account, :institution, :node, :role, :name, :phone, :position, :employeeNo, :approval,
                    'ON_DUTY', :referral, :at)
                """)
                .param("account", accountId).param("institution", institutionId).param("node", nodeId)
                .param("role", role.name()).param("name", name).param("phone", phone).param("position", position)
                .param("employeeNo", employeeNo).param("approval", approval.name()).param("referral", referralCode)
                .param("at", at)
                .update();
    }

    /**
     * Writes a changed person as a versioned update: refused, with "changed meanwhile", when someone else
     * changed them first.
     */
    void save(StaffMember member) {
        if (!member.changed()) {
            return;
        }
        int updated = jdbc.sql("""
                update institution_staff set name = :name, phone = :phone, node_id = :node, position = :position,
                    employee_no = :employeeNo, approval = :approval, work_status = :work, referral_code = :referral,
                    version = version + 1
                where account_id = :id and version = :version""")
                .param("name", member.name()).param("phone", member.phone()).param("node", member.nodeId())
                .param("position", member.position()).param("employeeNo", member.employeeNo())
                .param("approval", member.approval().name()).param("work", member.workStatus().name())
                .param("referral", member.referralCode()).param("id", member.accountId())
                .param("version", member.version())
                .update();
        if (updated != 1) {
            throw new Refused("staff.changedMeanwhile");
        }
    }

    void delete(long accountId) {
        jdbc.sql("delete from institution_staff where account_id = :id").param("id", accountId).update();
    }

    private static Map<String, Object> scopeParams(NodeScope scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("institution", scope.institutionId());
        params.put("subtree", scope.subtreePattern());
        return params;
    }

    private static String where(StaffFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder();
        if (filter.hasText()) {
            where.append(" and (s.name like :q" + Like.ESCAPE + " or s.phone like :q" + Like.ESCAPE
                    + " or s.employee_no like :q" + Like.ESCAPE + ")");
            params.put("q", Like.contains(filter.q().trim()));
        }
        if (filter.node() != null) {
            where.append(" and s.node_id = :node");
            params.put("node", filter.node());
        }
        if (filter.role() != null) {
            where.append(" and s.role = :role");
            params.put("role", filter.role().name());
        }
        if (filter.approval() != null) {
            where.append(" and s.approval = :approval");
            params.put("approval", filter.approval().name());
        }
        if (filter.work() != null) {
            where.append(" and s.work_status = :work");
            params.put("work", filter.work().name());
        }
        return where.toString();
    }

    private StaffMember map(ResultSet rs, int row) throws SQLException {
        return new StaffMember(rs.getLong("account_id"), rs.getLong("institution_id"), rs.getLong("node_id"),
                rs.getString("node_name"), rs.getString("node_path"), Role.valueOf(rs.getString("role")),
                rs.getString("name"), rs.getString("phone"), rs.getString("position"), rs.getString("employee_no"),
                StaffMember.Approval.valueOf(rs.getString("approval")),
                StaffMember.WorkStatus.valueOf(rs.getString("work_status")), rs.getString("referral_code"),
                rs.getObject("created_at", OffsetDateTime.class).atZoneSameInstant(zone).toOffsetDateTime(),
                rs.getInt("version"));
    }
}
