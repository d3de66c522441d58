package org.xinyidai.institution.web;

import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.xinyidai.shared.ContactPhone;

/** The institution's public profile as its HQ admin edits it (机构信息). */
public class ProfileForm {

    @Size(max = 500, message = "{profile.introduction.tooLong}")
    private String introduction;

    @ContactPhone(message = "{node.contactPhone.format}")
    private String contactPhone;

    @Size(max = 128, message = "{node.address.tooLong}")
    private String contactAddress;

    private List<String> districts = new ArrayList<>();

    public String getIntroduction() {
        return introduction;
    }

    public void setIntroduction(String introduction) {
        this.introduction = introduction;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getContactAddress() {
        return contactAddress;
    }

    public void setContactAddress(String contactAddress) {
        this.contactAddress = contactAddress;
    }

    public List<String> getDistricts() {
        return districts;
    }

    public void setDistricts(List<String> districts) {
        this.districts = districts == null ? new ArrayList<>() : districts;
    }
}
