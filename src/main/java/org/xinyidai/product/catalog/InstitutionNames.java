package org.xinyidai.product.catalog;

import org.springframework.stereotype.Component;
import org.xinyidai.institution.Institutions;

/** The institution's name a product page shows, through the institution module's API. */
@Component
class InstitutionNames {

    private final Institutions institutions;

    InstitutionNames(Institutions institutions) {
        this.institutions = institutions;
    }

    String of(long institutionId) {
        return institutions.find(institutionId).map(Institutions.InstitutionSummary::name).orElse("");
    }
}
