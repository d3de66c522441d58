package org.xinyidai.institution.profile;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xinyidai.institution.InstitutionType;
import org.xinyidai.institution.media.LogoImage;

/** Reads and writes the profile columns of institution_institution. */
@Repository
public class Profiles {

    private final JdbcClient jdbc;

    Profiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<InstitutionProfile> find(long id) {
        return jdbc.sql("""
                select id, name, short_name, type, introduction, logo_content_type, contact_phone, contact_address,
                       districts_served
                from institution_institution where id = :id""")
                .param("id", id)
                .query((rs, n) -> new InstitutionProfile(rs.getLong("id"), rs.getString("name"),
                        rs.getString("short_name"), InstitutionType.valueOf(rs.getString("type")),
                        rs.getString("introduction"), rs.getString("logo_content_type") != null,
                        rs.getString("contact_phone"), rs.getString("contact_address"),
                        split(rs.getString("districts_served"))))
                .optional();
    }

    public Optional<LogoImage> logo(long id) {
        return jdbc.sql("select logo, logo_content_type from institution_institution where id = :id and logo is not null")
                .param("id", id)
                .query((rs, n) -> new LogoImage(rs.getBytes(1), rs.getString(2)))
                .optional();
    }

    void update(long id, String introduction, String contactPhone, String contactAddress, List<String> districts) {
        jdbc.sql("""
                update institution_institution set introduction = :introduction, contact_phone = :phone,
                    contact_address = :address, districts_served = :districts where id = :id""")
                .param("introduction", introduction).param("phone", contactPhone).param("address", contactAddress)
                .param("districts", districts.isEmpty() ? null : String.join(",", districts)).param("id", id)
                .update();
    }

    void updateLogo(long id, LogoImage logo) {
        jdbc.sql("update institution_institution set logo = :logo, logo_content_type = :type where id = :id")
                .param("logo", logo.content()).param("type", logo.contentType()).param("id", id).update();
    }

    private static List<String> split(String csv) {
        return csv == null || csv.isBlank() ? List.of() : Arrays.asList(csv.split(","));
    }
}
