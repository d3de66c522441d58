package org.xinyidai.shared;

/** Masks personal identifiers for display in lists and for logs. */
public final class Masking {

    private Masking() {
    }

    /** {@code 13812345678} → {@code 138****5678}; anything else keeps only its last 4 characters. */
    public static String phone(String phone) {
        if (phone == null || phone.isEmpty()) {
            return "";
        }
        if (phone.length() == 11) {
            return phone.substring(0, 3) + "****" + phone.substring(7);
        }
        return keepLast(phone, 4);
    }

    /** {@code 11010519491231002X} → {@code 110***********002X}. */
    public static String idNumber(String id) {
        if (id == null || id.length() < 8) {
            return id == null ? "" : "*".repeat(id.length());
        }
        return id.substring(0, 3) + "*".repeat(id.length() - 7) + id.substring(id.length() - 4);
    }

    private static String keepLast(String value, int visible) {
        int hidden = Math.max(0, value.length() - visible);
        return "*".repeat(hidden) + value.substring(hidden);
    }
}
