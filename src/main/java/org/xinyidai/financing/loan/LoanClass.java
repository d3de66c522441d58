package org.xinyidai.financing.loan;

/** 五级分类 (金融监管令2023年第1号), from best to worst; the last three are non-performing (不良). */
public enum LoanClass {
    /** 正常 */
    NORMAL,
    /** 关注 */
    SPECIAL_MENTION,
    /** 次级 */
    SUBSTANDARD,
    /** 可疑 */
    DOUBTFUL,
    /** 损失 */
    LOSS;

    /** 不良贷款: 次级, 可疑 or 损失. */
    public boolean nonPerforming() {
        return compareTo(SUBSTANDARD) >= 0;
    }

    public String labelKey() {
        return "loan.class." + name();
    }
}
