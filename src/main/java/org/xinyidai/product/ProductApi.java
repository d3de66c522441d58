package org.xinyidai.product;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.xinyidai.product.catalog.ProductService;
import org.xinyidai.product.catalog.Products;
import org.xinyidai.product.catalog.Supermarket;
import org.xinyidai.shared.Page;

/** What other modules read about products, as records; and how the demo data publishes them. */
@Service
public class ProductApi {

    private final Products products;
    private final Supermarket supermarket;
    private final ProductService service;

    ProductApi(Products products, Supermarket supermarket, ProductService service) {
        this.products = products;
        this.supermarket = supermarket;
        this.service = service;
    }

    /** Any product, whatever its status (callers apply their own scope). */
    public Optional<ProductSummary> find(long productId) {
        return products.find(productId);
    }

    /** How many products an institution has in each status. */
    public Map<ProductStatus, Long> countByStatus(long institutionId) {
        return products.countByStatus(institutionId);
    }

    /** Published products on a site, filtered, sorted and paged. */
    public Page<ProductSummary> searchPublished(SupermarketQuery query) {
        return supermarket.search(query);
    }

    /** A published product shown on a site (serving one of its districts, or every district). */
    public Optional<ProductSummary> findPublished(long productId, Set<String> siteRegions) {
        return supermarket.find(productId, siteRegions);
    }

    /** Creates and publishes a product unless the institution has one of that name (demo data, imports). */
    public void ensurePublished(long institutionId, long createdBy, ProductDraft draft) {
        service.ensurePublished(institutionId, createdBy, draft);
    }
}
