package org.xinyidai.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.xinyidai.identity.Role;

/** A new staff account, as the platform admin fills it in. Which affiliation is needed depends on the role. */
public class StaffAccountForm {

    @NotBlank(message = "{validation.name.required}")
    @Size(max = 32, message = "{validation.name.tooLong}")
    private String displayName;

    @NotBlank(message = "{validation.phone.required}")
    private String phone;

    @NotNull(message = "{validation.role.required}")
    private Role role;

    private String siteCode;
    private String regionCode;

    @Size(max = 64, message = "{validation.organisation.tooLong}")
    private String organisation;

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getSiteCode() {
        return siteCode;
    }

    public void setSiteCode(String siteCode) {
        this.siteCode = siteCode;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }
}
