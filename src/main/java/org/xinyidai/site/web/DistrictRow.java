package org.xinyidai.site.web;

import java.util.ArrayList;
import java.util.List;
import org.xinyidai.shared.Refused;
import org.xinyidai.site.Site;

/** One district line of the site form, trimmed; a line left blank is ignored. */
record DistrictRow(String regionCode, String name, String nameEn) {

    DistrictRow {
        regionCode = regionCode == null ? "" : regionCode.trim();
        name = name == null ? "" : name.trim();
        nameEn = nameEn == null ? "" : nameEn.trim();
    }

    static DistrictRow blank() {
        return new DistrictRow(null, null, null);
    }

    static DistrictRow of(Site.District district) {
        return new DistrictRow(district.regionCode(), district.name(), district.nameEn());
    }

    boolean isBlank() {
        return regionCode.isEmpty() && name.isEmpty() && nameEn.isEmpty();
    }

    /** A filled line is complete: a six-digit region code, a name of at most 32 and an English one of at most 64. */
    List<Refused> problems(int index) {
        String field = "districts[" + index + "].";
        List<Refused> problems = new ArrayList<>();
        if (!regionCode.matches("\\d{6}")) {
            problems.add(Refused.field(field + "regionCode", "site.admin.district.regionCode.format"));
        }
        if (name.isEmpty() || name.length() > 32) {
            problems.add(Refused.field(field + "name", "site.admin.district.name.required"));
        }
        if (nameEn.isEmpty() || nameEn.length() > 64) {
            problems.add(Refused.field(field + "nameEn", "site.admin.district.nameEn.required"));
        }
        return problems;
    }

    Site.District district() {
        return new Site.District(regionCode, name, nameEn);
    }
}
