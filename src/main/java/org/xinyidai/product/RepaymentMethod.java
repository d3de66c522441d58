package org.xinyidai.product;

/** 还款方式: 等额本息, 等额本金, 先息后本, 到期一次还本付息. */
public enum RepaymentMethod {
    EQUAL_INSTALLMENT, EQUAL_PRINCIPAL, INTEREST_FIRST, BULLET;

    public String labelKey() {
        return "product.repayment." + name();
    }
}
