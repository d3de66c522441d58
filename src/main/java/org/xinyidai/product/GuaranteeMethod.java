package org.xinyidai.product;

/** 担保方式: 信用 / 抵押 / 保证 / 质押. */
public enum GuaranteeMethod {
    CREDIT, MORTGAGE, GUARANTEE, PLEDGE;

    public String labelKey() {
        return "product.guarantee." + name();
    }
}
