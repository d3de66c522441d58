package org.xinyidai.institution.profile;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.xinyidai.institution.profile.LogoImage;

/** Writes the profile columns of institution_institution, and reads the logo. */
@Repository
public class Profiles {

    private final JdbcClient jdbc;

    Profiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    /** Fills in a profile nobody has written yet (demo data); a written profile is left as it is. */
    public void describeIfBlank(long id, String introduction, String contactPhone, String contactAddress) {
        jdbc.sql("""
                update institution_institution set introduction = :introduction, contact_phone = :phone,
                    contact_address = :address where id = :id and introduction is null""")
                .param("introduction", introduction).param("phone", contactPhone).param("address", contactAddress)
                .param("id", id).update();
    }

    void updateLogo(long id, LogoImage logo) {
        jdbc.sql("update institution_institution set logo = :logo, logo_content_type = :type where id = :id")
                .param("logo", logo.content()).param("type", logo.contentType()).param("id", id).update();
    }
}
