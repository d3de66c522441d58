package org.xinyidai.portal.help;

import java.time.LocalDateTime;

/** An article or FAQ; {@code body} is sanitised HTML, safe to render unescaped. */
public record HelpArticle(long id, long categoryId, HelpKind kind, String title, String body, boolean published,
                          int sortOrder, LocalDateTime updatedAt) {
}
