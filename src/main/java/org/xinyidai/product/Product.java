package org.xinyidai.product;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Set;
import org.xinyidai.shared.admission.AdmissionCriteria;

/**
 * A loan product as every page shows it: amounts in 万元, rates as annual percentages, term in months.
 * The criteria's industry, region and size sets are the product's target industries, districts served
 * and target enterprise sizes.
 */
public record Product(long id, long institutionId, String institutionName, String name, ProductType type,
                      Set<GuaranteeMethod> guaranteeMethods, BigDecimal amountMinWan, BigDecimal amountMaxWan,
                      int termMinMonths, int termMaxMonths, BigDecimal rateMin, BigDecimal rateMax,
                      Set<RepaymentMethod> repaymentMethods, boolean online, AdmissionCriteria criteria,
                      String requiredMaterials, String features, String descriptionHtml, String contactName,
                      String contactPhone, Set<ProductTag> tags, ProductStatus status, OffsetDateTime updatedAt,
                      int version) {

    public boolean isDraft() {
        return status == ProductStatus.DRAFT;
    }

    public boolean isPublished() {
        return status == ProductStatus.PUBLISHED;
    }
}
