package org.xinyidai.institution.tree;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xinyidai.institution.NodeType;

/** The branch tree, always read through a {@link NodeScope}. */
@Repository
public class Nodes {

    private static final String COLUMNS = """
            select n.id, n.institution_id, n.parent_id, n.path, n.name, n.type, n.region_code, n.address,
                   n.contact_name, n.contact_phone,
                   (select count(*) from institution_staff s where s.node_id = n.id) as staff_count,
                   (select count(*) from institution_node c where c.parent_id = n.id) as child_count
            from institution_node n""";

    private final JdbcClient jdbc;

    Nodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> pathOf(long nodeId, long institutionId) {
        return jdbc.sql("select path from institution_node where id = :id and institution_id = :institution")
                .param("id", nodeId).param("institution", institutionId).query(String.class).optional();
    }

    /** Every node in scope, parents before children. */
    public List<Node> inScope(NodeScope scope) {
        return jdbc.sql(COLUMNS + " where n.institution_id = :institution and n.path like :subtree order by n.path")
                .param("institution", scope.institutionId()).param("subtree", scope.subtreePattern())
                .query(Nodes::map).list();
    }

    /** A node in scope; empty for a node that does not exist or lies outside it (answered as 404). */
    public Optional<Node> find(long id, NodeScope scope) {
        return jdbc.sql(COLUMNS + " where n.id = :id and n.institution_id = :institution and n.path like :subtree")
                .param("id", id).param("institution", scope.institutionId()).param("subtree", scope.subtreePattern())
                .query(Nodes::map).optional();
    }

    boolean nameTaken(long institutionId, String name, Long exceptId) {
        return jdbc.sql("select count(*) from institution_node where institution_id = :institution and name = :name "
                        + "and id <> :except")
                .param("institution", institutionId).param("name", name).param("except", exceptId == null ? -1 : exceptId)
                .query(Long.class).single() > 0;
    }

    void update(long id, String name, NodeType type, String regionCode, String address, String contactName,
                String contactPhone) {
        jdbc.sql("""
                update institution_node set name = :name, type = :type, region_code = :region, address = :address,
                    contact_name = :contactName, contact_phone = :contactPhone where id = :id""")
                .param("name", name).param("type", type.name()).param("region", regionCode).param("address", address)
                .param("contactName", contactName).param("contactPhone", contactPhone).param("id", id)
                .update();
    }

    void updateContact(long id, String contactName, String contactPhone) {
        jdbc.sql("update institution_node set contact_name = :name, contact_phone = :phone where id = :id")
                .param("name", contactName).param("phone", contactPhone).param("id", id).update();
    }

    void delete(long id) {
        jdbc.sql("delete from institution_node where id = :id").param("id", id).update();
    }

    private static Node map(ResultSet rs, int row) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        return new Node(rs.getLong("id"), rs.getLong("institution_id"), parentId, rs.getString("path"),
                rs.getString("name"), NodeType.valueOf(rs.getString("type")), rs.getString("region_code"),
                rs.getString("address"), rs.getString("contact_name"), rs.getString("contact_phone"),
                rs.getInt("staff_count"), rs.getInt("child_count"));
    }
}
