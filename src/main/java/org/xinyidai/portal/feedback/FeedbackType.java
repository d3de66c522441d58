package org.xinyidai.portal.feedback;

/** 咨询 / 建议 / 投诉 / 问题报告. */
public enum FeedbackType {
    INQUIRY, SUGGESTION, COMPLAINT, PROBLEM;

    public String labelKey() {
        return "feedback.type." + name();
    }
}
