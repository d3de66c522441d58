package org.xinyidai.shared.admission;

/** 公共信用综合评价 levels, A best: A 优, B 良, C 中, D 差. */
public enum CreditGrade {
    A, B, C, D;

    /** True when this grade is the given one or better. */
    public boolean atLeast(CreditGrade other) {
        return ordinal() <= other.ordinal();
    }

    public String labelKey() {
        return "credit.grade." + name();
    }
}
