package org.xinyidai.shared.admission;

/** 纳税信用等级, published yearly: A ≥ 90, B 70–89, M new or no income, C 40–69, D below 40. */
public enum TaxCreditGrade {
    A, B, M, C, D
}
