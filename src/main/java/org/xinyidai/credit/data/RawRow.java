package org.xinyidai.credit.data;

import java.util.Map;

/**
 * A row as read from a file or a feed, before any check.
 *
 * @param line   the file's line number (the header is line 1), or the record's position in a feed batch (from 1)
 * @param values the column name to the text sent (absent or blank: not filled)
 */
public record RawRow(int line, Map<String, String> values) {

    String value(String column) {
        String value = values.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
