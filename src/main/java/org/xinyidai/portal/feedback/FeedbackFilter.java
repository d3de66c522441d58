package org.xinyidai.portal.feedback;

/** The inbox filter, from the URL: {@code ?status=NEW&type=COMPLAINT&site=foshan}. Blank means any. */
public class FeedbackFilter {

    private FeedbackStatus status;
    private FeedbackType type;
    private String site;

    public FeedbackStatus getStatus() {
        return status;
    }

    public void setStatus(FeedbackStatus status) {
        this.status = status;
    }

    public FeedbackType getType() {
        return type;
    }

    public void setType(FeedbackType type) {
        this.type = type;
    }

    public String getSite() {
        return site;
    }

    public void setSite(String site) {
        this.site = site == null || site.isBlank() ? null : site;
    }
}
