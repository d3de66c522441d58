package org.xinyidai.credit.web;

import static org.xinyidai.shared.web.FormText.stripped;
import static org.xinyidai.shared.web.FormText.strippedOrNull;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.xinyidai.credit.AgencyProfile;
import org.xinyidai.shared.ContactPhone;

/**
 * 机构信息 of a credit agency, as it fills it in; spaces trimmed, blanks of optional fields kept as null.
 *
 * @param version the version the agency saw (-1: not stored yet); a save on top of someone else's is refused
 */
record AgencyProfileForm(@NotBlank(message = "{agency.validation.name}")
                         @Size(max = 100, message = "{agency.validation.name.tooLong}") String name,
                         @NotBlank(message = "{agency.validation.introduction}")
                         @Size(max = 2000, message = "{agency.validation.introduction.tooLong}") String introduction,
                         @NotBlank(message = "{agency.validation.services}")
                         @Size(max = 1000, message = "{agency.validation.services.tooLong}") String services,
                         @Size(max = 500, message = "{agency.validation.qualification}") String qualification,
                         @NotBlank(message = "{agency.validation.phone.required}")
                         @ContactPhone(message = "{agency.validation.phone}") String contactPhone,
                         @Email(message = "{agency.validation.email}")
                         @Size(max = 100, message = "{agency.validation.email}") String email,
                         @Size(max = 200, message = "{agency.validation.address}") String address,
                         @Pattern(regexp = "|https?://\\S{3,190}", message = "{agency.validation.website}") String website,
                         @NotEmpty(message = "{agency.validation.sites}") List<String> sites,
                         Boolean published, Integer version) {

    AgencyProfileForm {
        name = stripped(name);
        introduction = stripped(introduction);
        services = stripped(services);
        qualification = strippedOrNull(qualification);
        contactPhone = stripped(contactPhone);
        email = strippedOrNull(email);
        address = strippedOrNull(address);
        website = strippedOrNull(website);
        sites = sites == null ? List.of() : List.copyOf(sites);
        version = version == null ? -1 : version;
    }

    /** The empty form of an agency without a profile, its organisation's name filled in. */
    static AgencyProfileForm blank(String organisation) {
        return new AgencyProfileForm(organisation, null, null, null, null, null, null, null, List.of(), false, -1);
    }

    static AgencyProfileForm of(AgencyProfile p) {
        return new AgencyProfileForm(p.name(), p.introduction(), p.services(), p.qualification(), p.contactPhone(),
                p.email(), p.address(), p.website(), p.sites(), p.published(), p.version());
    }

    AgencyProfile profile(long accountId) {
        return new AgencyProfile(accountId, name, introduction, services, qualification, contactPhone, email, address,
                website, sites, Boolean.TRUE.equals(published), version);
    }
}
