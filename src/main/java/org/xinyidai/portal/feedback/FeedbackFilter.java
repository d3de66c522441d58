package org.xinyidai.portal.feedback;

/** The inbox filter, from the URL: {@code ?status=NEW&type=COMPLAINT&site=foshan}. Blank means any. */
public record FeedbackFilter(FeedbackStatus status, FeedbackType type, String site) {

    public FeedbackFilter {
        site = site == null || site.isBlank() ? null : site;
    }
}
