package org.xinyidai.product;

/** 草稿 → 已上架 ⇄ 已下架. Only published products are in the supermarket. */
public enum ProductStatus {
    DRAFT, PUBLISHED, OFFLINE;

    public String labelKey() {
        return "product.status." + name();
    }
}
