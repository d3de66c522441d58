package org.xinyidai.credit.data;

/**
 * A row not kept, and why.
 *
 * @param reason the message key ({@code credit.reject.*}) telling what is wrong
 * @param column the column at fault, or null for the row as a whole
 * @param value  what was sent in that column (cut to 100 characters), or null
 */
public record Rejection(int line, String sourceRecordId, String reason, String column, String value) {

    public Rejection {
        if (value != null && value.length() > 100) {
            value = value.substring(0, 100);
        }
        if (sourceRecordId != null && sourceRecordId.length() > 64) {
            sourceRecordId = sourceRecordId.substring(0, 64);
        }
    }
}
