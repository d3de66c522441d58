package org.xinyidai.site.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyidai.site.Site;
import org.xinyidai.site.Sites;

@Service
class JdbcSites implements Sites {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcSites(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Site> all() {
        return jdbc.sql("select code from site_site order by sort_order, code").query(String.class).list().stream()
                .map(this::find).flatMap(Optional::stream).toList();
    }

    @Override
    public Optional<Site> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return jdbc.sql("select code, name, name_en, region_code, hotline, email, address from site_site where code = :code")
                .param("code", code.toLowerCase(Locale.ROOT))
                .query((rs, n) -> new Site(rs.getString("code"), rs.getString("name"), rs.getString("name_en"),
                        rs.getString("region_code"), rs.getString("hotline"), rs.getString("email"),
                        rs.getString("address"), districts(rs.getString("code"))))
                .optional();
    }

    @Override
    public Optional<Site> defaultSite() {
        return jdbc.sql("select code from site_site order by sort_order, code limit 1").query(String.class).optional()
                .flatMap(this::find);
    }

    @Override
    public Optional<String> regionName(String regionCode, Locale locale) {
        boolean chinese = Locale.CHINESE.getLanguage().equals(locale.getLanguage());
        String column = chinese ? "name" : "name_en";
        return jdbc.sql("select " + column + " from site_district where region_code = :code union all "
                        + "select " + column + " from site_site where region_code = :code")
                .param("code", regionCode).query(String.class).list().stream().findFirst();
    }

    @Override
    @Transactional
    public void createIfAbsent(Site site) {
        if (find(site.code()).isPresent()) {
            return;
        }
        jdbc.sql("""
                insert into site_site (code, name, name_en, region_code, hotline, email, address, sort_order, created_at)
                values (:code, :name, :nameEn, :region, :hotline, :email, :address,
                        (select coalesce(max(sort_order), 0) + 1 from site_site), :at)
                """)
                .param("code", site.code()).param("name", site.name()).param("nameEn", site.nameEn())
                .param("region", site.regionCode()).param("hotline", site.hotline()).param("email", site.email())
                .param("address", site.address()).param("at", OffsetDateTime.now(clock))
                .update();
        int order = 0;
        for (Site.District d : site.districts()) {
            jdbc.sql("""
                    insert into site_district (region_code, site_code, name, name_en, sort_order)
                    values (:region, :site, :name, :nameEn, :order)
                    """)
                    .param("region", d.regionCode()).param("site", site.code()).param("name", d.name())
                    .param("nameEn", d.nameEn()).param("order", ++order)
                    .update();
        }
    }

    private List<Site.District> districts(String siteCode) {
        return jdbc.sql("select region_code, name, name_en from site_district where site_code = :site order by sort_order")
                .param("site", siteCode)
                .query((rs, n) -> new Site.District(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }
}
