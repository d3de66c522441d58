package org.xinyidai.product.catalog;

import org.xinyidai.product.ProductStatus;
import org.xinyidai.product.ProductType;

/** The filters of the staff product list, from the URL. */
public record ProductFilter(ProductStatus status, ProductType type, String q, Integer page) {

    public static final int PAGE_SIZE = 20;

    public int pageOrFirst() {
        return page == null || page < 1 ? 1 : page;
    }
}
