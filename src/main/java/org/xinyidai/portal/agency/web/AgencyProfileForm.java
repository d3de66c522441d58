package org.xinyidai.portal.agency.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.xinyidai.portal.AgencyProfile;
import org.xinyidai.shared.ContactPhone;

/** 机构信息 of a credit agency, as it fills it in. */
public class AgencyProfileForm {

    @NotBlank(message = "{agency.validation.name}")
    @Size(max = 100, message = "{agency.validation.name.tooLong}")
    private String name;

    @NotBlank(message = "{agency.validation.introduction}")
    @Size(max = 2000, message = "{agency.validation.introduction.tooLong}")
    private String introduction;

    @NotBlank(message = "{agency.validation.services}")
    @Size(max = 1000, message = "{agency.validation.services.tooLong}")
    private String services;

    @Size(max = 500, message = "{agency.validation.qualification}")
    private String qualification;

    @NotBlank(message = "{agency.validation.phone.required}")
    @ContactPhone(message = "{agency.validation.phone}")
    private String contactPhone;

    @Email(message = "{agency.validation.email}")
    @Size(max = 100, message = "{agency.validation.email}")
    private String email;

    @Size(max = 200, message = "{agency.validation.address}")
    private String address;

    @Pattern(regexp = "|https?://\\S{3,190}", message = "{agency.validation.website}")
    private String website;

    @NotEmpty(message = "{agency.validation.sites}")
    private List<String> sites = new ArrayList<>();

    private boolean published;

    /** The version the agency saw; a save on top of someone else's is refused. */
    private int version = -1;

    static AgencyProfileForm of(AgencyProfile p) {
        AgencyProfileForm form = new AgencyProfileForm();
        form.name = p.name();
        form.introduction = p.introduction();
        form.services = p.services();
        form.qualification = p.qualification();
        form.contactPhone = p.contactPhone();
        form.email = p.email();
        form.address = p.address();
        form.website = p.website();
        form.sites = new ArrayList<>(p.sites());
        form.published = p.published();
        form.version = p.version();
        return form;
    }

    AgencyProfile profile(long accountId) {
        return new AgencyProfile(accountId, name.strip(), introduction.strip(), services.strip(), blankToNull(qualification),
                contactPhone.strip(), blankToNull(email), blankToNull(address), blankToNull(website), sites, published, version);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIntroduction() {
        return introduction;
    }

    public void setIntroduction(String introduction) {
        this.introduction = introduction;
    }

    public String getServices() {
        return services;
    }

    public void setServices(String services) {
        this.services = services;
    }

    public String getQualification() {
        return qualification;
    }

    public void setQualification(String qualification) {
        this.qualification = qualification;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
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

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public List<String> getSites() {
        return sites;
    }

    public void setSites(List<String> sites) {
        this.sites = sites;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }
}
