package org.xinyidai.shared.admission;

/** Enterprise size (中小企业划型, 工信部联企业〔2011〕300号). */
public enum EnterpriseSize {
    LARGE, MEDIUM, SMALL, MICRO;

    public String labelKey() {
        return "size." + name();
    }
}
