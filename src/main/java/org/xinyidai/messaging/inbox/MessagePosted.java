package org.xinyidai.messaging.internal;

import java.util.List;
import org.xinyidai.messaging.MessageType;

/** Inside the module: a message was stored; its SMS, if any, goes out once the transaction commits. */
record MessagePosted(long messageId, long recipientAccountId, MessageType type, String textKey, List<String> args) {
}
