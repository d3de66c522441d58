package org.xinyidai.portal.sites.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;
import org.xinyidai.shared.ContactPhone;
import org.xinyidai.site.Site;

/** A city site as the platform admin fills it in (新增分站 / 编辑分站). */
public class SiteForm {

    /** Blank district lines offered under the filled ones, for adding districts. */
    static final int SPARE_ROWS = 2;

    @NotBlank(message = "{site.admin.code.required}")
    @Pattern(regexp = "^$|^[a-z]{2,32}$", message = "{site.admin.code.format}")
    private String code;

    @NotBlank(message = "{site.admin.name.required}")
    @Size(max = 32, message = "{site.admin.name.tooLong}")
    private String name;

    @NotBlank(message = "{site.admin.nameEn.required}")
    @Size(max = 64, message = "{site.admin.nameEn.tooLong}")
    private String nameEn;

    @NotBlank(message = "{site.admin.regionCode.required}")
    @Pattern(regexp = "^$|^\\d{6}$", message = "{site.admin.regionCode.format}")
    private String regionCode;

    @NotBlank(message = "{site.admin.hotline.required}")
    @ContactPhone(message = "{site.admin.hotline.format}")
    private String hotline;

    @NotBlank(message = "{site.admin.email.required}")
    @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "{site.admin.email.format}")
    @Size(max = 128, message = "{site.admin.email.format}")
    private String email;

    @Size(max = 128, message = "{site.admin.address.tooLong}")
    private String address;

    @Size(max = 64, message = "{site.admin.slogan.tooLong}")
    private String slogan;

    @NotNull(message = "{site.admin.deadline.range}")
    @Min(value = 1, message = "{site.admin.deadline.range}")
    @Max(value = 30, message = "{site.admin.deadline.range}")
    private Integer acceptanceDeadlineDays = Site.DEFAULT_ACCEPTANCE_DEADLINE_DAYS;

    private boolean active = true;

    private List<DistrictRow> districts = new ArrayList<>();

    private MultipartFile bannerFile;

    private MultipartFile logoFile;

    static SiteForm of(Site site) {
        SiteForm form = new SiteForm();
        form.code = site.code();
        form.name = site.name();
        form.nameEn = site.nameEn();
        form.regionCode = site.regionCode();
        form.hotline = site.hotline();
        form.email = site.email();
        form.address = site.address();
        form.slogan = site.slogan();
        form.acceptanceDeadlineDays = site.acceptanceDeadlineDays();
        form.active = site.active();
        site.districts().forEach(d -> form.districts.add(new DistrictRow(d.regionCode(), d.name(), d.nameEn())));
        return form;
    }

    /** Keeps a couple of blank lines under the filled ones. */
    void padDistricts() {
        districts.removeIf(DistrictRow::blank);
        for (int i = 0; i < SPARE_ROWS; i++) {
            districts.add(new DistrictRow());
        }
    }

    List<DistrictRow> filledDistricts() {
        return districts.stream().filter(d -> !d.blank()).toList();
    }

    Site toSite() {
        return new Site(code.trim(), name.trim(), nameEn.trim(), regionCode.trim(), hotline.trim(), email.trim(),
                blankToNull(address), filledDistricts().stream()
                .map(d -> new Site.District(d.getRegionCode().trim(), d.getName().trim(), d.getNameEn().trim()))
                .toList(), blankToNull(slogan), acceptanceDeadlineDays, active, false, false);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
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

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getHotline() {
        return hotline;
    }

    public void setHotline(String hotline) {
        this.hotline = hotline;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getSlogan() {
        return slogan;
    }

    public void setSlogan(String slogan) {
        this.slogan = slogan;
    }

    public Integer getAcceptanceDeadlineDays() {
        return acceptanceDeadlineDays;
    }

    public void setAcceptanceDeadlineDays(Integer acceptanceDeadlineDays) {
        this.acceptanceDeadlineDays = acceptanceDeadlineDays;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public List<DistrictRow> getDistricts() {
        return districts;
    }

    public void setDistricts(List<DistrictRow> districts) {
        this.districts = districts;
    }

    public MultipartFile getBannerFile() {
        return bannerFile;
    }

    public void setBannerFile(MultipartFile bannerFile) {
        this.bannerFile = bannerFile;
    }

    public MultipartFile getLogoFile() {
        return logoFile;
    }

    public void setLogoFile(MultipartFile logoFile) {
        this.logoFile = logoFile;
    }
}
