package org.xinyidai.product;

/** 产品类型. */
public enum ProductType {
    CREDIT_LOAN, TAX_LOAN, MORTGAGE_LOAN, GUARANTEE_LOAN, PLEDGE_LOAN, SUPPLY_CHAIN, IP_PLEDGE, OTHER;

    public String labelKey() {
        return "product.type." + name();
    }
}
