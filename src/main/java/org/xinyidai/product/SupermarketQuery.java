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

    /** Lowest rate first; newest first; most applications in the last 90 days first (ties by newest). */
    public enum Sort {
        RATE, NEWEST, POPULAR
    }
}
