package org.xinyidai.site.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.xinyidai.site.Site;

/** One district line of the site form, trimmed; a line left blank is dropped by the form. */
record DistrictRow(@Pattern(regexp = "\\d{6}", message = "{site.admin.district.regionCode.format}") String regionCode,
                   @NotBlank(message = "{site.admin.district.name.required}")
                   @Size(max = 32, message = "{site.admin.district.name.required}") String name,
                   @NotBlank(message = "{site.admin.district.nameEn.required}")
                   @Size(max = 64, message = "{site.admin.district.nameEn.required}") String nameEn) {

    DistrictRow {
        regionCode = regionCode == null ? "" : regionCode.trim();
        name = name == null ? "" : name.trim();
        nameEn = nameEn == null ? "" : nameEn.trim();
    }

    static DistrictRow of(Site.District district) {
        return new DistrictRow(district.regionCode(), district.name(), district.nameEn());
    }

    boolean isBlank() {
        return regionCode.isEmpty() && name.isEmpty() && nameEn.isEmpty();
    }

    Site.District district() {
        return new Site.District(regionCode, name, nameEn);
    }
}
