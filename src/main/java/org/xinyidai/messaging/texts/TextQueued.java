package org.xinyidai.messaging.texts;

import java.util.List;

/** Inside the module: a text was recorded; {@link TextSender} sends it once the transaction commits. */
record TextQueued(long textId, String phone, String textKey, List<String> args) {
}
