package org.xinyidai.shared;

/**
 * Patterns for SQL {@code LIKE} built from what a person typed into a search box: {@code %} and {@code _}
 * (and the escape character itself) match only themselves, so searching for "%" finds names containing a
 * percent sign rather than everything. Use the pattern with {@link #ESCAPE} after the parameter, e.g.
 * {@code "name like :q" + Like.ESCAPE}; the clause reads the same on H2 and PostgreSQL.
 */
public final class Like {

    /** The clause that goes after the pattern parameter: backslash is the escape character. */
    public static final String ESCAPE = " escape '\\'";

    private Like() {
    }

    /** A pattern matching any text that contains {@code text} literally. */
    public static String contains(String text) {
        return "%" + escape(text) + "%";
    }

    /** {@code text} with the LIKE wildcards and the escape character escaped. */
    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
