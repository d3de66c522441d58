package org.xinyidai.site.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyidai.site.Site;
import org.xinyidai.site.SiteImage;
import org.xinyidai.site.Sites;

@Service
class JdbcSites implements Sites {

    private static final String COLUMNS = """
            select code, name, name_en, region_code, hotline, email, address, slogan, acceptance_deadline_days, active,
                   banner_type is not null as has_banner, logo_type is not null as has_logo
            from site_site""";

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcSites(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Site> all() {
        return jdbc.sql(COLUMNS + " order by sort_order, code").query(this::map).list();
    }

    @Override
    public Optional<Site> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return jdbc.sql(COLUMNS + " where code = :code").param("code", code.toLowerCase(Locale.ROOT))
                .query(this::map).optional();
    }

    @Override
    public Optional<Site> defaultSite() {
        return jdbc.sql("select code from site_site order by active desc, sort_order, code limit 1").query(String.class)
                .optional().flatMap(this::find);
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
        if (find(site.code()).isEmpty()) {
            create(site);
        }
    }

    @Override
    @Transactional
    public void create(Site site) {
        jdbc.sql("""
                insert into site_site (code, name, name_en, region_code, hotline, email, address, slogan,
                                       acceptance_deadline_days, active, sort_order, created_at)
                values (:code, :name, :nameEn, :region, :hotline, :email, :address, :slogan, :deadline, :active,
                        (select coalesce(max(sort_order), 0) + 1 from site_site), :at)
                """)
                .param("code", site.code()).param("name", site.name()).param("nameEn", site.nameEn())
                .param("region", site.regionCode()).param("hotline", site.hotline()).param("email", site.email())
                .param("address", site.address()).param("slogan", site.slogan())
                .param("deadline", site.acceptanceDeadlineDays()).param("active", site.active())
                .param("at", OffsetDateTime.now(clock))
                .update();
        insertDistricts(site);
    }

    @Override
    @Transactional
    public void update(Site site) {
        int changed = jdbc.sql("""
                update site_site set name = :name, name_en = :nameEn, region_code = :region, hotline = :hotline,
                       email = :email, address = :address, slogan = :slogan, acceptance_deadline_days = :deadline,
                       active = :active, updated_at = :at
                where code = :code
                """)
                .param("code", site.code()).param("name", site.name()).param("nameEn", site.nameEn())
                .param("region", site.regionCode()).param("hotline", site.hotline()).param("email", site.email())
                .param("address", site.address()).param("slogan", site.slogan())
                .param("deadline", site.acceptanceDeadlineDays()).param("active", site.active())
                .param("at", OffsetDateTime.now(clock))
                .update();
        if (changed == 0) {
            throw new IllegalArgumentException("No site " + site.code());
        }
        jdbc.sql("delete from site_district where site_code = :code").param("code", site.code()).update();
        insertDistricts(site);
    }

    @Override
    public boolean districtTaken(String regionCode, String siteCode) {
        return jdbc.sql("select count(*) from site_district where region_code = :region and site_code <> :site")
                .param("region", regionCode).param("site", siteCode == null ? "" : siteCode)
                .query(Long.class).single() > 0;
    }

    @Override
    @Transactional
    public void storeBanner(String code, SiteImage image) {
        jdbc.sql("update site_site set banner = :bytes, banner_type = :type, updated_at = :at where code = :code")
                .param("bytes", image.bytes()).param("type", image.contentType())
                .param("at", OffsetDateTime.now(clock)).param("code", code).update();
    }

    @Override
    @Transactional
    public void storeLogo(String code, SiteImage image) {
        jdbc.sql("update site_site set logo = :bytes, logo_type = :type, updated_at = :at where code = :code")
                .param("bytes", image.bytes()).param("type", image.contentType())
                .param("at", OffsetDateTime.now(clock)).param("code", code).update();
    }

    @Override
    public Optional<SiteImage> banner(String code) {
        return jdbc.sql("select banner, banner_type from site_site where code = :code and banner_type is not null")
                .param("code", code).query((rs, n) -> new SiteImage(rs.getBytes(1), rs.getString(2))).optional();
    }

    @Override
    public Optional<SiteImage> logo(String code) {
        return jdbc.sql("select logo, logo_type from site_site where code = :code and logo_type is not null")
                .param("code", code).query((rs, n) -> new SiteImage(rs.getBytes(1), rs.getString(2))).optional();
    }

    private void insertDistricts(Site site) {
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

    private Site map(ResultSet rs, int row) throws SQLException {
        String code = rs.getString("code");
        return new Site(code, rs.getString("name"), rs.getString("name_en"), rs.getString("region_code"),
                rs.getString("hotline"), rs.getString("email"), rs.getString("address"), districts(code),
                rs.getString("slogan"), rs.getInt("acceptance_deadline_days"), rs.getBoolean("active"),
                rs.getBoolean("has_banner"), rs.getBoolean("has_logo"));
    }

    private List<Site.District> districts(String siteCode) {
        return jdbc.sql("select region_code, name, name_en from site_district where site_code = :site order by sort_order")
                .param("site", siteCode)
                .query((rs, n) -> new Site.District(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }
}
