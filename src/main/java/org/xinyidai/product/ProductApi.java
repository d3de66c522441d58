package org.xinyidai.product;

import java.util.Map;
import java.util.Optional;

/** What other modules read about products. */
public interface ProductApi {

    /** Any product, whatever its status (callers apply their own scope). */
    Optional<Product> find(long productId);

    /** How many products an institution has in each status. */
    Map<ProductStatus, Long> countByStatus(long institutionId);

    /** Published products on a site, filtered, sorted and paged. */
    SupermarketPage searchPublished(SupermarketQuery query);

    /** A published product shown on a site (serving one of its districts, or every district). */
    Optional<Product> findPublished(long productId, java.util.Set<String> siteRegions);

    /** Creates and publishes a product unless the institution has one of that name (demo data, imports). */
    void ensurePublished(long institutionId, long createdBy, ProductDraft draft);
}
