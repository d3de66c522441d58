package org.xinyidai.financing.order;

import org.xinyidai.shared.Refused;

/** The free text on a timeline entry (a note, a rejection's or a withdrawal's words), as it is kept. */
final class Notes {

    /** The longest free text on a timeline entry. */
    static final int MAX = 500;

    private Notes() {
    }

    /** Trimmed, null when empty; refused when required and empty, or when too long. */
    static String clean(String note, boolean required) {
        String cleaned = note == null || note.isBlank() ? null : note.strip();
        if (cleaned == null && required) {
            throw new Refused("order.refused.noteRequired");
        }
        if (cleaned != null && cleaned.length() > MAX) {
            throw new Refused("order.refused.noteTooLong", MAX);
        }
        return cleaned;
    }
}
