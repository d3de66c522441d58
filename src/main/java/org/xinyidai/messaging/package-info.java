/**
 * Messages (消息中心): notices for every role, created by other modules through
 * {@link org.xinyidai.messaging.MessageCentre} or from their events — financing's order events, the enterprise
 * module's authentication decisions, the institution module's staff approvals and onboarding decisions — each
 * handled after the publisher committed ({@code inbound}); unread counts, marking read, filtering by type. Every
 * SMS but identity's codes goes out here: notices by SMS with per-account switches per message type, and texts
 * that staff actions send to a number ({@link org.xinyidai.messaging.TextMessages}, capped per number and day).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "audit", "site", "enterprise", "institution", "financing"})
package org.xinyidai.messaging;
