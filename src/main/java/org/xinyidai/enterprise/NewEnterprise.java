package org.xinyidai.enterprise;

import java.time.LocalDate;
import org.xinyidai.shared.Money;
import org.xinyidai.shared.ResidentIdNumber;
import org.xinyidai.shared.Uscc;
import org.xinyidai.shared.admission.EnterpriseSize;
import org.xinyidai.shared.admission.IndustrySection;

/**
 * An enterprise as it is entered (the form, or the demo data).
 *
 * @param legalRepId          the legal representative's ID number; null when editing keeps the one on file
 * @param registeredCapital   registered capital
 * @param annualRevenue       annual operating revenue
 * @param totalAssets         total assets
 */
public record NewEnterprise(String name, Uscc uscc, String legalRepName, ResidentIdNumber legalRepId,
                            Money registeredCapital, LocalDate establishedOn, IndustrySection industry,
                            SizingCategory sizingCategory, String regionCode, String address, int employees,
                            Money annualRevenue, Money totalAssets) {

    /** Its size by the SME classification table, from its row's indicators. */
    public EnterpriseSize size() {
        return sizingCategory.classify(employees, annualRevenue, totalAssets);
    }
}
