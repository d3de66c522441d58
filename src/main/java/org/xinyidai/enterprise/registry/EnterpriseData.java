package org.xinyidai.enterprise.registry;

import java.time.LocalDate;
import org.xinyidai.enterprise.NewEnterprise;
import org.xinyidai.enterprise.SizingCategory;
import org.xinyidai.shared.Masking;
import org.xinyidai.shared.Money;
import org.xinyidai.shared.admission.EnterpriseSize;
import org.xinyidai.shared.admission.IndustrySection;

/**
 * An enterprise's registered data, as entered and checked: what {@link Enterprise#edit} replaces as a whole. The
 * legal representative's ID number is here only masked.
 *
 * @param usccCheckOk whether the USCC's check character is right (a wrong one goes to manual review only)
 * @param size        by the SME classification table, from the row's indicators
 */
public record EnterpriseData(String name, String uscc, boolean usccCheckOk, String legalRepName,
                             String legalRepIdMasked, Money registeredCapital, LocalDate establishedOn,
                             IndustrySection industry, SizingCategory sizingCategory, String regionCode,
                             String address, int employees, Money annualRevenue, Money totalAssets,
                             EnterpriseSize size) {

    /** The data as entered; without a new ID number, the masked one on file stays. */
    static EnterpriseData of(NewEnterprise entered, String legalRepIdMaskedOnFile) {
        return new EnterpriseData(entered.name(), entered.uscc().value(), entered.uscc().checkCharacterValid(),
                entered.legalRepName(), entered.legalRepId() == null ? legalRepIdMaskedOnFile
                        : Masking.idNumber(entered.legalRepId().value()),
                entered.registeredCapital(), entered.establishedOn(), entered.industry(), entered.sizingCategory(),
                entered.regionCode(), entered.address(), entered.employees(), entered.annualRevenue(),
                entered.totalAssets(), entered.size());
    }
}
