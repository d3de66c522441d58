package org.xinyidai.portal.sites.web;

/** One district line of the site form; a line left blank is ignored. */
public class DistrictRow {

    private String regionCode;
    private String name;
    private String nameEn;

    public DistrictRow() {
    }

    DistrictRow(String regionCode, String name, String nameEn) {
        this.regionCode = regionCode;
        this.name = name;
        this.nameEn = nameEn;
    }

    boolean blank() {
        return isBlank(regionCode) && isBlank(name) && isBlank(nameEn);
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }
}
