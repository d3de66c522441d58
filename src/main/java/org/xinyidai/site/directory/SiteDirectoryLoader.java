package org.xinyidai.site.directory;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.xinyidai.site.Site;

/**
 * Reads the sites and their districts in two queries one after the other (never one inside the other's row
 * mapper, which held two connections per request) and caches the result: sites change only when the
 * platform admin edits them, and {@link Sites} evicts the cache on every write.
 */
@Component
class SiteDirectoryLoader {

    static final String CACHE = "sites";

    private final JdbcClient jdbc;

    SiteDirectoryLoader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Cacheable(cacheNames = CACHE, key = "'all'")
    public SiteDirectory load() {
        Map<String, List<Site.District>> districts = new HashMap<>();
        jdbc.sql("select site_code, region_code, name, name_en from site_district order by site_code, sort_order")
                .query((ResultSet rs) -> {
                    districts.computeIfAbsent(rs.getString(1), code -> new ArrayList<>())
                            .add(new Site.District(rs.getString(2), rs.getString(3), rs.getString(4)));
                });
        List<Site> sites = jdbc.sql("""
                        select code, name, name_en, region_code, hotline, email, address, slogan,
                               acceptance_deadline_days, active, banner_type is not null as has_banner,
                               logo_type is not null as has_logo
                        from site_site order by sort_order, code""")
                .query((rs, n) -> new Site(rs.getString("code"), rs.getString("name"), rs.getString("name_en"),
                        rs.getString("region_code"), rs.getString("hotline"), rs.getString("email"),
                        rs.getString("address"), districts.getOrDefault(rs.getString("code"), List.of()),
                        rs.getString("slogan"), rs.getInt("acceptance_deadline_days"), rs.getBoolean("active"),
                        rs.getBoolean("has_banner"), rs.getBoolean("has_logo")))
                .list();
        return new SiteDirectory(sites);
    }
}
