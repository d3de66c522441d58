package org.xinyidai.identity.account;

import org.xinyidai.identity.Role;
import org.xinyidai.shared.PhoneNumber;

/**
 * A staff account as the platform admin asks for it, before the rules are checked.
 *
 * @param phone        the phone number, or null when what was typed is not one (the form says so)
 * @param role         the role, or null when none was chosen
 * @param siteCode     an advisor's city site
 * @param regionCode   a government officer's city or district
 * @param organisation the department or company shown with the account (a credit agency's is required)
 */
public record NewStaffAccount(PhoneNumber phone, String displayName, Role role, String siteCode, String regionCode,
                              String organisation) {
}
