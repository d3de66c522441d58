package org.xinyidai.enterprise;

import java.time.LocalDate;
import org.xinyidai.shared.admission.EnterpriseSize;
import org.xinyidai.shared.admission.IndustrySection;

/**
 * An enterprise as other modules see it. The legal representative's ID number never leaves the
 * enterprise module.
 *
 * @param regionCode the district it is registered in
 */
public record EnterpriseSummary(long id, String siteCode, String name, String uscc, String regionCode,
                                IndustrySection industry, EnterpriseSize size, AuthenticationStatus authentication,
                                LocalDate establishedOn, String legalRepresentative) {

    public boolean authenticated() {
        return authentication == AuthenticationStatus.AUTHENTICATED;
    }
}
