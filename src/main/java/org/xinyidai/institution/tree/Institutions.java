package org.xinyidai.institution.tree;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.xinyidai.institution.InstitutionNames;
import org.xinyidai.institution.InstitutionSummary;
import org.xinyidai.institution.InstitutionType;
import org.xinyidai.institution.NewInstitution;
import org.xinyidai.institution.NodeSummary;
import org.xinyidai.institution.NodeType;
import org.xinyidai.institution.PublicProfile;

/**
 * The institutions and their branch nodes as the module's API reads them, and creating them (an institution
 * always with its head-office node). Names are cached: a name does not change once created.
 */
@Repository
public class Institutions {

    private static final String INSTITUTION_COLUMNS = """
            select i.id, i.name, i.short_name, i.type, n.id as head_office
            from institution_institution i join institution_node n on n.institution_id = i.id and n.parent_id is null
            """;
    private static final String NODE_COLUMNS = "select id, institution_id, parent_id, name, type, region_code, path from institution_node";

    static final String NAMES = "institutionNames";

    private final JdbcClient jdbc;
    private final Clock clock;

    Institutions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<InstitutionSummary> all() {
        return jdbc.sql(INSTITUTION_COLUMNS + " order by i.id").query(this::institution).list();
    }

    public Optional<InstitutionSummary> find(long institutionId) {
        return jdbc.sql(INSTITUTION_COLUMNS + " where i.id = :id").param("id", institutionId)
                .query(this::institution).optional();
    }

    @Cacheable(cacheNames = NAMES, key = "'all'")
    public InstitutionNames names() {
        Map<Long, String> names = new HashMap<>();
        jdbc.sql("select id, name from institution_institution")
                .query((ResultSet rs) -> {
                    names.put(rs.getLong(1), rs.getString(2));
                });
        return new InstitutionNames(names);
    }

    public Optional<InstitutionSummary> findByName(String name) {
        return jdbc.sql(INSTITUTION_COLUMNS + " where i.name = :name").param("name", name)
                .query(this::institution).optional();
    }

    public Optional<PublicProfile> profile(long institutionId) {
        return jdbc.sql("""
                select id, name, short_name, type, introduction, logo_content_type, contact_phone, contact_address,
                       districts_served
                from institution_institution where id = :id""")
                .param("id", institutionId)
                .query((rs, n) -> new PublicProfile(rs.getLong("id"), rs.getString("name"), rs.getString("short_name"),
                        InstitutionType.valueOf(rs.getString("type")), rs.getString("introduction"),
                        rs.getString("logo_content_type") != null, rs.getString("contact_phone"),
                        rs.getString("contact_address"), rs.getString("districts_served") == null ? List.of()
                        : List.of(rs.getString("districts_served").split(","))))
                .optional();
    }

    public List<InstitutionSummary> serving(java.util.Collection<String> regionCodes) {
        if (regionCodes.isEmpty()) {
            return List.of();
        }
        List<Long> ids = jdbc.sql("select distinct institution_id from institution_node where region_code in (:codes)")
                .param("codes", regionCodes).query(Long.class).list();
        java.util.Set<Long> all = new java.util.TreeSet<>(ids);
        jdbc.sql("select id, districts_served from institution_institution where districts_served is not null")
                .query((rs, n) -> {
                    for (String code : rs.getString(2).split(",")) {
                        if (regionCodes.contains(code)) {
                            all.add(rs.getLong(1));
                        }
                    }
                    return null;
                }).list();
        if (all.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(INSTITUTION_COLUMNS + " where i.id in (:ids)").param("ids", all)
                .query(this::institution).list().stream()
                .sorted(java.util.Comparator.comparing(InstitutionSummary::name)).toList();
    }

    public Optional<NodeSummary> findNode(long nodeId) {
        return jdbc.sql(NODE_COLUMNS + " where id = :id").param("id", nodeId).query(this::node).optional();
    }

    public List<NodeSummary> nodes(long institutionId) {
        return jdbc.sql(NODE_COLUMNS + " where institution_id = :id order by path").param("id", institutionId)
                .query(this::node).list();
    }

    @Transactional
    @CacheEvict(cacheNames = NAMES, allEntries = true)
    public InstitutionSummary create(String name, String shortName, InstitutionType type, String headOfficeName) {
        return create(new NewInstitution(name, shortName, type, null, null, null, null, null, null), headOfficeName);
    }

    @Transactional
    @CacheEvict(cacheNames = NAMES, allEntries = true)
    public InstitutionSummary create(NewInstitution institution) {
        return create(institution, institution.shortName() + "总部");
    }

    private InstitutionSummary create(NewInstitution i, String headOfficeName) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into institution_institution (name, short_name, type, introduction, logo, logo_content_type,
                    head_name, head_position, head_mobile, created_at)
                values (:name, :short, :type, :introduction, :logo, :logoType, :headName, :headPosition, :headMobile, :at)
                """)
                .param("name", i.name()).param("short", i.shortName()).param("type", i.type().name())
                .param("introduction", i.introduction()).param("logo", i.logo()).param("logoType", i.logoContentType())
                .param("headName", i.headName()).param("headPosition", i.headPosition())
                .param("headMobile", i.headMobile())
                .param("at", OffsetDateTime.now(clock))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        insertNode(id, null, "/", headOfficeName, NodeType.HEAD_OFFICE, null, null);
        return find(id).orElseThrow();
    }

    @Transactional
    public long addNode(long parentNodeId, String name, NodeType type, String regionCode, String address) {
        NodeRow parent = jdbc.sql("select institution_id, path from institution_node where id = :id")
                .param("id", parentNodeId)
                .query((rs, n) -> new NodeRow(rs.getLong(1), rs.getString(2))).single();
        return insertNode(parent.institutionId(), parentNodeId, parent.path(), name, type, regionCode, address);
    }

    private long insertNode(long institutionId, Long parentId, String parentPath, String name, NodeType type,
                            String regionCode, String address) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into institution_node (institution_id, parent_id, name, type, region_code, address, created_at)
                values (:institution, :parent, :name, :type, :region, :address, :at)
                """)
                .param("institution", institutionId).param("parent", parentId).param("name", name)
                .param("type", type.name()).param("region", regionCode).param("address", address)
                .param("at", OffsetDateTime.now(clock))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        jdbc.sql("update institution_node set path = :path where id = :id")
                .param("path", parentPath + id + "/").param("id", id).update();
        return id;
    }

    private InstitutionSummary institution(ResultSet rs, int n) throws SQLException {
        return new InstitutionSummary(rs.getLong("id"), rs.getString("name"), rs.getString("short_name"),
                InstitutionType.valueOf(rs.getString("type")), rs.getLong("head_office"));
    }

    private NodeSummary node(ResultSet rs, int n) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        String path = rs.getString("path");
        int depth = (int) path.chars().filter(c -> c == '/').count() - 2;
        return new NodeSummary(rs.getLong("id"), rs.getLong("institution_id"), parentId,
                rs.getString("name"), NodeType.valueOf(rs.getString("type")), rs.getString("region_code"), depth, path);
    }

    private record NodeRow(long institutionId, String path) {
    }
}
