package org.xinyidai.product;

import java.util.List;

/** One page of supermarket results and how many there are in all. */
public record SupermarketPage(List<Product> products, long total, int page) {

    public long pages() {
        return Math.max(1, (total + SupermarketQuery.PAGE_SIZE - 1) / SupermarketQuery.PAGE_SIZE);
    }
}
