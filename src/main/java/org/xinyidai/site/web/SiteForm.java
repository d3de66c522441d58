package org.xinyidai.site.web;

import static org.xinyidai.shared.web.FormText.trimmed;
import static org.xinyidai.shared.web.FormText.trimmedOrNull;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.ArrayList;
import org.springframework.web.multipart.MultipartFile;
import org.xinyidai.shared.ContactPhone;
import org.xinyidai.shared.Refused;
import org.xinyidai.site.Site;

/**
 * A city site as the platform admin fills it in (新增分站 / 编辑分站), trimmed. The district lines stay as sent, so
 * each one's errors are at its index; the lines left blank are ignored.
 *
 * @param active an unticked box arrives as false (the box's field marker); absent altogether, the site stays open
 */
record SiteForm(@NotBlank(message = "{site.admin.code.required}")
                @Pattern(regexp = "^$|^[a-z]{2,32}$", message = "{site.admin.code.format}") String code,
                @NotBlank(message = "{site.admin.name.required}")
                @Size(max = 32, message = "{site.admin.name.tooLong}") String name,
                @NotBlank(message = "{site.admin.nameEn.required}")
                @Size(max = 64, message = "{site.admin.nameEn.tooLong}") String nameEn,
                @NotBlank(message = "{site.admin.regionCode.required}")
                @Pattern(regexp = "^$|^\\d{6}$", message = "{site.admin.regionCode.format}") String regionCode,
                @NotBlank(message = "{site.admin.hotline.required}")
                @ContactPhone(message = "{site.admin.hotline.format}") String hotline,
                @NotBlank(message = "{site.admin.email.required}")
                @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "{site.admin.email.format}")
                @Size(max = 128, message = "{site.admin.email.format}") String email,
                @Size(max = 128, message = "{site.admin.address.tooLong}") String address,
                @Size(max = 64, message = "{site.admin.slogan.tooLong}") String slogan,
                @NotNull(message = "{site.admin.deadline.range}")
                @Min(value = 1, message = "{site.admin.deadline.range}")
                @Max(value = 30, message = "{site.admin.deadline.range}") Integer acceptanceDeadlineDays,
                Boolean active, List<DistrictRow> districts, MultipartFile bannerFile, MultipartFile logoFile) {

    SiteForm {
        code = trimmed(code);
        name = trimmed(name);
        nameEn = trimmed(nameEn);
        regionCode = trimmed(regionCode);
        hotline = trimmed(hotline);
        email = trimmed(email);
        address = trimmed(address);
        slogan = trimmed(slogan);
        districts = districts == null ? List.of()
                : districts.stream().map(row -> row == null ? DistrictRow.blank() : row).toList();
    }

    /** The empty form of 新增分站: an open site with the default acceptance deadline. */
    static SiteForm blank() {
        return new SiteForm(null, null, null, null, null, null, null, null, Site.DEFAULT_ACCEPTANCE_DEADLINE_DAYS,
                true, List.of(), null, null);
    }

    static SiteForm of(Site site) {
        return new SiteForm(site.code(), site.name(), site.nameEn(), site.regionCode(), site.hotline(), site.email(),
                site.address(), site.slogan(), site.acceptanceDeadlineDays(), site.active(),
                site.districts().stream().map(DistrictRow::of).toList(), null, null);
    }

    /** The same form for the site with this code (an edit never changes the code). */
    SiteForm withCode(String siteCode) {
        return new SiteForm(siteCode, name, nameEn, regionCode, hotline, email, address, slogan,
                acceptanceDeadlineDays, active, districts, bannerFile, logoFile);
    }

    /** The region code of each district line, null for a line left blank (what the admin service screens). */
    List<String> districtCodes() {
        return districts.stream().map(row -> row.isBlank() ? null : row.regionCode()).toList();
    }

    /** What the filled district lines lack, each beside its field. */
    List<Refused> districtProblems() {
        List<Refused> problems = new ArrayList<>();
        for (int i = 0; i < districts.size(); i++) {
            if (!districts.get(i).isBlank()) {
                problems.addAll(districts.get(i).problems(i));
            }
        }
        return problems;
    }

    /** The lines left blank, which the page counts among the blank lines it offers. */
    long blankDistricts() {
        return districts.stream().filter(DistrictRow::isBlank).count();
    }

    /** The site as entered, once every field is right. */
    Site site() {
        return new Site(code, name, nameEn, regionCode, hotline, email, trimmedOrNull(address),
                districts.stream().filter(row -> !row.isBlank()).map(DistrictRow::district).toList(),
                trimmedOrNull(slogan), acceptanceDeadlineDays,
                !Boolean.FALSE.equals(active), false, false);
    }
}
