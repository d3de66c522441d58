package org.xinyidai.site.directory;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.xinyidai.shared.NotFound;
import org.xinyidai.site.Site;

/**
 * The city sites and their districts: read (through the cached {@link SiteDirectoryLoader}) by every page, written
 * by the platform admin and the demo data; every write evicts the cache.
 */
@Repository
public class Sites {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SiteDirectoryLoader directory;

    Sites(JdbcClient jdbc, Clock clock, SiteDirectoryLoader directory) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.directory = directory;
    }

    public List<Site> all() {
        return directory.load().sites();
    }

    public Optional<Site> find(String code) {
        return code == null ? Optional.empty() : directory.load().find(code.toLowerCase(Locale.ROOT));
    }

    /** The site shown when a visitor has not chosen one: the first active site by sort order. */
    public Optional<Site> defaultSite() {
        return directory.load().defaultSite();
    }

    /** The name of a district or city by its region code, if it belongs to a site. */
    public Optional<String> regionName(String regionCode, Locale locale) {
        return directory.load().regionName(regionCode, locale);
    }

    /** Creates the site with its districts unless a site with that code exists. */
    @Transactional
    @CacheEvict(cacheNames = SiteDirectoryLoader.CACHE, allEntries = true)
    public void createIfAbsent(Site site) {
        // The table, not the cache: within a transaction that created sites the cache is evicted only on commit.
        if (jdbc.sql("select count(*) from site_site where code = :code").param("code", site.code())
                .query(Long.class).single() == 0) {
            create(site);
        }
    }

    /** Creates a site (the admin's 新增分站); the database refuses a duplicate code or district. */
    @Transactional
    @CacheEvict(cacheNames = SiteDirectoryLoader.CACHE, allEntries = true)
    public void create(Site site) {
        withSite(jdbc.sql("""
                insert into site_site (code, name, name_en, region_code, hotline, email, address, slogan,
                                       acceptance_deadline_days, active, sort_order, created_at)
                values (:code, :name, :nameEn, :region, :hotline, :email, :address, :slogan, :deadline, :active,
                        (select coalesce(max(sort_order), 0) + 1 from site_site), :at)
                """), site).update();
        insertDistricts(site);
    }

    /** Changes a site's names, contacts, settings and districts (the code stays); images are kept. */
    @Transactional
    @CacheEvict(cacheNames = SiteDirectoryLoader.CACHE, allEntries = true)
    public void update(Site site) {
        int changed = withSite(jdbc.sql("""
                update site_site set name = :name, name_en = :nameEn, region_code = :region, hotline = :hotline,
                       email = :email, address = :address, slogan = :slogan, acceptance_deadline_days = :deadline,
                       active = :active, updated_at = :at
                where code = :code
                """), site).update();
        if (changed == 0) {
            throw new NotFound();
        }
        jdbc.sql("delete from site_district where site_code = :code").param("code", site.code()).update();
        insertDistricts(site);
    }

    /** Whether a region code is already a district of a site other than {@code siteCode}. */
    public boolean districtTaken(String regionCode, String siteCode) {
        return jdbc.sql("select count(*) from site_district where region_code = :region and site_code <> :site")
                .param("region", regionCode).param("site", siteCode == null ? "" : siteCode)
                .query(Long.class).single() > 0;
    }

    @Transactional
    @CacheEvict(cacheNames = SiteDirectoryLoader.CACHE, allEntries = true)
    public void storeBanner(String code, SiteImage image) {
        jdbc.sql("update site_site set banner = :bytes, banner_type = :type, updated_at = :at where code = :code")
                .param("bytes", image.bytes()).param("type", image.contentType())
                .param("at", OffsetDateTime.now(clock)).param("code", code).update();
    }

    @Transactional
    @CacheEvict(cacheNames = SiteDirectoryLoader.CACHE, allEntries = true)
    public void storeLogo(String code, SiteImage image) {
        jdbc.sql("update site_site set logo = :bytes, logo_type = :type, updated_at = :at where code = :code")
                .param("bytes", image.bytes()).param("type", image.contentType())
                .param("at", OffsetDateTime.now(clock)).param("code", code).update();
    }

    public Optional<SiteImage> banner(String code) {
        return jdbc.sql("select banner, banner_type from site_site where code = :code and banner_type is not null")
                .param("code", code).query((rs, n) -> new SiteImage(rs.getBytes(1), rs.getString(2))).optional();
    }

    public Optional<SiteImage> logo(String code) {
        return jdbc.sql("select logo, logo_type from site_site where code = :code and logo_type is not null")
                .param("code", code).query((rs, n) -> new SiteImage(rs.getBytes(1), rs.getString(2))).optional();
    }

    /** Whether a region code is a district (区) of one of the city sites: what forms may store as a district. */
    public boolean isDistrict(String regionCode) {
        return regionCode != null && all().stream().flatMap(site -> site.districts().stream())
                .anyMatch(district -> district.regionCode().equals(regionCode));
    }

    /** A site's columns and the time of the write, for its insert and its update. */
    private JdbcClient.StatementSpec withSite(JdbcClient.StatementSpec statement, Site site) {
        return statement.param("code", site.code()).param("name", site.name()).param("nameEn", site.nameEn())
                .param("region", site.regionCode()).param("hotline", site.hotline()).param("email", site.email())
                .param("address", site.address()).param("slogan", site.slogan())
                .param("deadline", site.acceptanceDeadlineDays()).param("active", site.active())
                .param("at", OffsetDateTime.now(clock));
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
}
