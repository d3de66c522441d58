package org.xinyidai.product;

/** Tags the supermarket filters by: 首贷, 信用贷, 科技贷, 普惠, 外贸, 税贷, 绿色. */
public enum ProductTag {
    FIRST_LOAN, CREDIT, TECH, INCLUSIVE, FOREIGN_TRADE, TAX, GREEN;

    public String labelKey() {
        return "product.tag." + name();
    }
}
