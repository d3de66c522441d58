package org.xinyidai.portal.web;

import jakarta.validation.constraints.Size;

/** The admin's reply to feedback, stripped; it may be empty (handled without a word). */
record ReplyForm(@Size(max = 500, message = "{feedback.reply.tooLong}") String reply) {

    ReplyForm {
        reply = reply == null ? null : reply.strip();
    }

    static ReplyForm blank() {
        return new ReplyForm(null);
    }
}
