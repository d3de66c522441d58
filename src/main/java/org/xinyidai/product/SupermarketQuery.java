package org.xinyidai.product;

import java.util.Set;
import org.xinyidai.shared.Money;
import org.xinyidai.shared.PageRequest;

/**
 * What a visitor looks for in the financial supermarket (金融超市), on one city site.
 *
 * @param siteRegions the site's district codes: a product shows when it serves one of them or every district
 * @param amount      the amount wanted, within the product's range
 * @param termMonths  the term wanted, within the product's range
 * @param page        the page number asked for (from 1)
 */
public record SupermarketQuery(Set<String> siteRegions, Money amount, Integer termMonths,
                               GuaranteeMethod guarantee, Long institutionId, ProductType type, ProductTag tag,
                               Sort sort, int page) {

    public static final int PAGE_SIZE = 12;

    public PageRequest pageRequest() {
        return new PageRequest(page, PAGE_SIZE);
    }

    /**
     * Popularity will count applications once the financing module records them; until then it orders
     * by newest, which is what "popular" can honestly mean on a platform without orders.
     */
    public enum Sort {
        RATE, NEWEST, POPULAR
    }
}
