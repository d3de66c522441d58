package org.xinyidai.product;

import java.math.BigDecimal;
import java.util.Set;
import org.xinyidai.shared.admission.AdmissionCriteria;

/** Everything an admin writes into a product; the description is sanitised HTML by the time it is here. */
public record ProductDraft(String name, ProductType type, Set<GuaranteeMethod> guaranteeMethods,
                           BigDecimal amountMinWan, BigDecimal amountMaxWan, int termMinMonths, int termMaxMonths,
                           BigDecimal rateMin, BigDecimal rateMax, Set<RepaymentMethod> repaymentMethods,
                           boolean online, AdmissionCriteria criteria, String requiredMaterials, String features,
                           String descriptionHtml, String contactName, String contactPhone, Set<ProductTag> tags) {

}
