package org.xinyidai.portal.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.xinyidai.portal.help.HelpArticle;
import org.xinyidai.portal.help.HelpKind;
import org.xinyidai.portal.help.HelpService.Draft;

/**
 * An article or FAQ as the admin writes it.
 *
 * @param published an unticked box arrives as false (the box's field marker); absent altogether, it is published
 */
record HelpArticleForm(@NotBlank(message = "{help.admin.title.required}")
                       @Size(max = 200, message = "{help.admin.title.tooLong}") String title,
                       @NotNull(message = "{help.admin.category.required}") Long categoryId,
                       @NotNull(message = "{help.admin.kind.required}") HelpKind kind,
                       @NotBlank(message = "{help.admin.body.required}")
                       @Size(max = 100_000, message = "{help.admin.body.tooLong}") String body,
                       Boolean published,
                       @NotNull(message = "{help.admin.sortOrder.range}")
                       @Min(value = 0, message = "{help.admin.sortOrder.range}")
                       @Max(value = 9999, message = "{help.admin.sortOrder.range}") Integer sortOrder) {

    /** A new article: published, in the middle of the order. */
    static HelpArticleForm blank() {
        return new HelpArticleForm(null, null, HelpKind.ARTICLE, null, true, 100);
    }

    static HelpArticleForm of(HelpArticle a) {
        return new HelpArticleForm(a.title(), a.categoryId(), a.kind(), a.body(), a.published(), a.sortOrder());
    }

    Draft draft() {
        return new Draft(categoryId, kind, title, body, !Boolean.FALSE.equals(published), sortOrder);
    }
}
