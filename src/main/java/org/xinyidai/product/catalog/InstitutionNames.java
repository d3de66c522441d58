package org.xinyidai.product.catalog;

import org.springframework.stereotype.Component;
import org.xinyidai.institution.Institutions;

/**
 * The institution names product pages show, through the institution module's API (cached there). Read once
 * per list before its query, never inside a row mapper: that would take a second connection per row.
 */
@Component
class InstitutionNames {

    private final Institutions institutions;

    InstitutionNames(Institutions institutions) {
        this.institutions = institutions;
    }

    Institutions.Names all() {
        return institutions.names();
    }
}
