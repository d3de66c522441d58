package org.xinyidai.portal.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.xinyidai.portal.help.HelpArticle;
import org.xinyidai.portal.help.HelpKind;
import org.xinyidai.portal.help.HelpService.Draft;

/** An article or FAQ as the admin writes it. */
public class HelpArticleForm {

    @NotBlank(message = "{help.admin.title.required}")
    @Size(max = 200, message = "{help.admin.title.tooLong}")
    private String title;

    @NotNull(message = "{help.admin.category.required}")
    private Long categoryId;

    @NotNull(message = "{help.admin.kind.required}")
    private HelpKind kind = HelpKind.ARTICLE;

    @NotBlank(message = "{help.admin.body.required}")
    @Size(max = 100_000, message = "{help.admin.body.tooLong}")
    private String body;

    private boolean published = true;

    @NotNull(message = "{help.admin.sortOrder.range}")
    @Min(value = 0, message = "{help.admin.sortOrder.range}")
    @Max(value = 9999, message = "{help.admin.sortOrder.range}")
    private Integer sortOrder = 100;

    static HelpArticleForm of(HelpArticle a) {
        HelpArticleForm form = new HelpArticleForm();
        form.title = a.title();
        form.categoryId = a.categoryId();
        form.kind = a.kind();
        form.body = a.body();
        form.published = a.published();
        form.sortOrder = a.sortOrder();
        return form;
    }

    Draft draft() {
        return new Draft(categoryId, kind, title, body, published, sortOrder);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public HelpKind getKind() {
        return kind;
    }

    public void setKind(HelpKind kind) {
        this.kind = kind;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }
}
