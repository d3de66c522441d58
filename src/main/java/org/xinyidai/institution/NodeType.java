package org.xinyidai.institution;

/** Levels of the branch tree. */
public enum NodeType {
    HEAD_OFFICE, BRANCH, SUB_BRANCH, OUTLET;

    public String labelKey() {
        return "institution.node." + name();
    }
}
