package org.xinyidai.product;

import java.math.BigDecimal;
import java.util.Set;

/**
 * What a visitor looks for in the financial supermarket (金融超市), on one city site.
 *
 * @param siteRegions the site's district codes: a product shows when it serves one of them or every district
 * @param amountWan   the amount wanted, in 万元, within the product's range
 * @param termMonths  the term wanted, within the product's range
 */
public record SupermarketQuery(Set<String> siteRegions, BigDecimal amountWan, Integer termMonths,
                               GuaranteeMethod guarantee, Long institutionId, ProductType type, ProductTag tag,
                               Sort sort, int page) {

    public static final int PAGE_SIZE = 12;

    /**
     * Popularity will count applications once the financing module records them; until then it orders
     * by newest, which is what "popular" can honestly mean on a platform without orders.
     */
    public enum Sort {
        RATE, NEWEST, POPULAR
    }
}
