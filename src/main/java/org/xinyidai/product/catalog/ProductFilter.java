package org.xinyidai.product.catalog;

import org.xinyidai.product.ProductStatus;
import org.xinyidai.product.ProductType;
import org.xinyidai.shared.PageRequest;

/** The filters of the staff product list, from the URL. */
public record ProductFilter(ProductStatus status, ProductType type, String q, Integer page) {

    public static final int PAGE_SIZE = 20;

    public PageRequest pageRequest() {
        return PageRequest.of(page, PAGE_SIZE);
    }
}
