package org.xinyidai.portal.feedback;

/** 待处理 → 已处理. */
public enum FeedbackStatus {
    NEW, HANDLED;

    public String labelKey() {
        return "feedback.status." + name();
    }
}
