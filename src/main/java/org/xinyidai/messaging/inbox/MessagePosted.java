package org.xinyidai.messaging.inbox;

import java.util.List;
import org.xinyidai.messaging.MessageType;

/**
 * Inside the module: a message was stored; its SMS, if any, goes out once the transaction commits
 * ({@code notices.SmsNotifier}).
 */
public record MessagePosted(long messageId, long recipientAccountId, MessageType type, String textKey, List<String> args) {
}
