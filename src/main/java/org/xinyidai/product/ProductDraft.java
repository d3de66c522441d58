package org.xinyidai.product;

import java.util.Set;
import org.xinyidai.shared.Money;
import org.xinyidai.shared.Rate;
import org.xinyidai.shared.admission.AdmissionCriteria;

/** Everything an admin writes into a product; the description is sanitised HTML by the time it is stored. */
public record ProductDraft(String name, ProductType type, Set<GuaranteeMethod> guaranteeMethods,
                           Money amountMin, Money amountMax, int termMinMonths, int termMaxMonths,
                           Rate rateMin, Rate rateMax, Set<RepaymentMethod> repaymentMethods,
                           boolean online, AdmissionCriteria criteria, String requiredMaterials, String features,
                           String descriptionHtml, String contactName, String contactPhone, Set<ProductTag> tags) {

    /** The same draft with another description (the sanitised one). */
    public ProductDraft withDescription(String html) {
        return new ProductDraft(name, type, guaranteeMethods, amountMin, amountMax, termMinMonths, termMaxMonths,
                rateMin, rateMax, repaymentMethods, online, criteria, requiredMaterials, features, html, contactName,
                contactPhone, tags);
    }
}
