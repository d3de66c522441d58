package org.xinyidai.portal.help;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.xinyidai.shared.Like;

/** The help centre's tables. */
@Repository
public class HelpArticles {

    private static final String COLUMNS = """
            select id, category_id, kind, title, body, published, sort_order, updated_at from portal_help_article""";

    private final JdbcClient jdbc;
    private final ZoneId zone;

    HelpArticles(JdbcClient jdbc, ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    public List<HelpCategory> categories() {
        return jdbc.sql("select id, code, name, name_en from portal_help_category order by sort_order, id")
                .query((rs, n) -> new HelpCategory(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    public boolean categoryExists(long id) {
        return jdbc.sql("select count(*) from portal_help_category where id = :id").param("id", id)
                .query(Long.class).single() > 0;
    }

    /** Every article and FAQ, for the admin. */
    public List<HelpArticle> all() {
        return jdbc.sql(COLUMNS + " order by category_id, kind, sort_order, id").query(this::map).list();
    }

    public List<HelpArticle> published() {
        return jdbc.sql(COLUMNS + " where published = true order by category_id, kind, sort_order, id")
                .query(this::map).list();
    }

    /** Published entries whose title or text contains the words (case-insensitive). */
    public List<HelpArticle> search(String query) {
        String like = Like.contains(query.toLowerCase(Locale.ROOT));
        return jdbc.sql(COLUMNS + " " + """
                 where published = true
                   and (lower(title) like :q escape '\\' or lower(coalesce(body_text, body)) like :q escape '\\')
                 order by case when lower(title) like :q escape '\\' then 0 else 1 end, sort_order, id""")
                .param("q", like).query(this::map).list();
    }

    public Optional<HelpArticle> find(long id) {
        return jdbc.sql(COLUMNS + " where id = :id").param("id", id).query(this::map).optional();
    }

    long insert(long categoryId, HelpKind kind, String title, String body, String bodyText, boolean published,
                int sortOrder, OffsetDateTime at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into portal_help_article (category_id, kind, title, body, body_text, published, sort_order,
                                                 created_at, updated_at)
                values (:category, :kind, :title, :body, :text, :published, :sort, :at, :at)
                """)
                .param("category", categoryId).param("kind", kind.name()).param("title", title).param("body", body)
                .param("text", bodyText).param("published", published).param("sort", sortOrder).param("at", at)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void update(long id, long categoryId, HelpKind kind, String title, String body, String bodyText,
                boolean published, int sortOrder, OffsetDateTime at) {
        jdbc.sql("""
                update portal_help_article set category_id = :category, kind = :kind, title = :title, body = :body,
                       body_text = :text, published = :published, sort_order = :sort, updated_at = :at
                where id = :id
                """)
                .param("category", categoryId).param("kind", kind.name()).param("title", title).param("body", body)
                .param("text", bodyText).param("published", published).param("sort", sortOrder).param("at", at)
                .param("id", id).update();
    }

    void setPublished(long id, boolean published, OffsetDateTime at) {
        jdbc.sql("update portal_help_article set published = :published, updated_at = :at where id = :id")
                .param("published", published).param("at", at).param("id", id).update();
    }

    void delete(long id) {
        jdbc.sql("delete from portal_help_article where id = :id").param("id", id).update();
    }

    /** Rows seeded by a migration carry HTML only; their search text is derived once. */
    List<Long> idsWithoutText() {
        return jdbc.sql("select id from portal_help_article where body_text is null").query(Long.class).list();
    }

    void setText(long id, String text) {
        jdbc.sql("update portal_help_article set body_text = :text where id = :id").param("text", text).param("id", id)
                .update();
    }

    private HelpArticle map(ResultSet rs, int row) throws SQLException {
        OffsetDateTime updated = rs.getObject("updated_at", OffsetDateTime.class);
        LocalDateTime local = updated == null ? null : updated.atZoneSameInstant(zone).toLocalDateTime();
        return new HelpArticle(rs.getLong("id"), rs.getLong("category_id"), HelpKind.valueOf(rs.getString("kind")),
                rs.getString("title"), rs.getString("body"), rs.getBoolean("published"), rs.getInt("sort_order"), local);
    }
}
