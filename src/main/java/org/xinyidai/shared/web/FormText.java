package org.xinyidai.shared.web;

/** Tidying what a person typed into a form record's text field (its compact constructor or its mapping). */
public final class FormText {

    private FormText() {
    }

    /** Without surrounding spaces; null stays null. */
    public static String trimmed(String value) {
        return value == null ? null : value.trim();
    }

    /** Without surrounding spaces, and null when nothing but spaces was typed (an optional field left empty). */
    public static String trimmedOrNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Without surrounding white space of any script (a full-width 　 too); null stays null. */
    public static String stripped(String value) {
        return value == null ? null : value.strip();
    }

    /** Stripped, and null when nothing but white space was typed (an optional field left empty). */
    public static String strippedOrNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Trimmed and in capitals (codes and ID numbers); null stays null. */
    public static String upperCase(String value) {
        return value == null ? null : value.trim().toUpperCase();
    }
}
