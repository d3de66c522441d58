package org.xinyidai.product;

import java.time.OffsetDateTime;
import java.util.Set;
import org.xinyidai.shared.Money;
import org.xinyidai.shared.Rate;
import org.xinyidai.shared.admission.AdmissionCriteria;

/**
 * A loan product as every page shows it and other modules read it: amounts as {@link Money} (pages show them in
 * 万元), rates as annual {@link Rate}s, term in months. The criteria's industry, region and size sets are the
 * product's target industries, districts served and target enterprise sizes.
 */
public record ProductSummary(long id, long institutionId, String institutionName, String name, ProductType type,
                             Set<GuaranteeMethod> guaranteeMethods, Money amountMin, Money amountMax,
                             int termMinMonths, int termMaxMonths, Rate rateMin, Rate rateMax,
                             Set<RepaymentMethod> repaymentMethods, boolean online, AdmissionCriteria criteria,
                             String requiredMaterials, String features, String descriptionHtml, String contactName,
                             String contactPhone, Set<ProductTag> tags, ProductStatus status,
                             OffsetDateTime updatedAt, int version) {

    public boolean isDraft() {
        return status == ProductStatus.DRAFT;
    }

    public boolean isPublished() {
        return status == ProductStatus.PUBLISHED;
    }

    /** What an admin wrote into it, e.g. to copy it under another name. */
    public ProductDraft draft(String newName) {
        return new ProductDraft(newName, type, guaranteeMethods, amountMin, amountMax, termMinMonths, termMaxMonths,
                rateMin, rateMax, repaymentMethods, online, criteria, requiredMaterials, features, descriptionHtml,
                contactName, contactPhone, tags);
    }
}
