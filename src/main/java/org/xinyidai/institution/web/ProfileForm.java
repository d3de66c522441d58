package org.xinyidai.institution.web;

import static org.xinyidai.shared.web.FormText.trimmedOrNull;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.xinyidai.institution.PublicProfile;
import org.xinyidai.shared.ContactPhone;

/**
 * The institution's public profile as its HQ admin edits it (机构信息): blank texts are none, and each district
 * counts once.
 */
record ProfileForm(@Size(max = 500, message = "{profile.introduction.tooLong}") String introduction,
                   @ContactPhone(message = "{node.contactPhone.format}") String contactPhone,
                   @Size(max = 128, message = "{node.address.tooLong}") String contactAddress,
                   List<String> districts) {

    ProfileForm {
        introduction = trimmedOrNull(introduction);
        contactPhone = trimmedOrNull(contactPhone);
        contactAddress = trimmedOrNull(contactAddress);
        districts = districts == null ? List.of() : districts.stream().distinct().toList();
    }

    static ProfileForm of(PublicProfile profile) {
        return new ProfileForm(profile.introduction(), profile.contactPhone(), profile.contactAddress(),
                profile.districtsServed());
    }
}
