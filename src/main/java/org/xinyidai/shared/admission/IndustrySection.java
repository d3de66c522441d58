package org.xinyidai.shared.admission;

/** The 20 sections of the national industry classification (GB/T 4754-2017), A to T. */
public enum IndustrySection {
    A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q, R, S, T;

    public String labelKey() {
        return "industry." + name();
    }
}
