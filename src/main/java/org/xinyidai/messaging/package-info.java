/**
 * Messages (消息中心): notices for every role, created by other modules through
 * {@link org.xinyidai.messaging.MessageCentre}; unread counts, marking read, filtering by type; key
 * events also go out by SMS through identity's SMS port, with per-account switches per message type,
 * and the enterprise module's authentication decisions become messages to the person who asked.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "audit", "site", "enterprise"})
package org.xinyidai.messaging;
