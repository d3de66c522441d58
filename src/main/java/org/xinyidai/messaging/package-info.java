/**
 * Messages (消息中心): notices for every role, created by other modules through
 * {@link org.xinyidai.messaging.MessageCentre} or from their events — financing's order events, the enterprise
 * module's authentication decisions, the institution module's staff approvals and onboarding decisions — each
 * handled after the publisher committed; unread counts, marking read, filtering by type. Every SMS but
 * identity's codes goes out here: notices by SMS with per-account switches per message type, and texts that staff
 * actions send to a number ({@link org.xinyidai.messaging.TextMessages}, capped per number and day).
 *
 * <p>Inside: {@code inbox} (the stored messages, posting, reading, their texts in a language), {@code notices}
 * (a posted message by SMS, and each person's switches), {@code texts} (texts to a number), {@code inbound} (the
 * listeners to other modules' events), {@code web} (the pages).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "audit", "site", "enterprise", "institution", "financing"})
package org.xinyidai.messaging;
