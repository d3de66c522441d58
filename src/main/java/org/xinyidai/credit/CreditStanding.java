package org.xinyidai.credit;

import org.xinyidai.shared.admission.CreditGrade;
import org.xinyidai.shared.admission.TaxCreditGrade;

/**
 * What products' admission conditions ask of an enterprise's credit: its latest tax credit grade, its credit grade
 * from the platform's score, and whether it is on a dishonesty list now. Null where the platform holds no data.
 */
public record CreditStanding(TaxCreditGrade taxCreditGrade, CreditGrade creditGrade, Boolean onDishonestyList) {

    public static CreditStanding unknown() {
        return new CreditStanding(null, null, null);
    }
}
