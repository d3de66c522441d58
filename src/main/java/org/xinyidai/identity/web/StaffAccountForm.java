package org.xinyidai.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.xinyidai.identity.Role;
import org.xinyidai.identity.account.NewStaffAccount;
import org.xinyidai.shared.PhoneNumber;

/** A new staff account, as the platform admin fills it in. Which affiliation is needed depends on the role. */
record StaffAccountForm(@NotBlank(message = "{validation.name.required}")
                        @Size(max = 32, message = "{validation.name.tooLong}") String displayName,
                        @NotBlank(message = "{validation.phone.required}") String phone,
                        @NotNull(message = "{validation.role.required}") Role role,
                        String siteCode, String regionCode,
                        @Size(max = 64, message = "{validation.organisation.tooLong}") String organisation) {

    static StaffAccountForm blank() {
        return new StaffAccountForm(null, null, null, null, null, null);
    }

    /** The account asked for; the phone is null when what was typed is not a phone number. */
    NewStaffAccount account() {
        return new NewStaffAccount(PhoneNumber.parse(phone).orElse(null), displayName, role, siteCode, regionCode,
                organisation);
    }
}
