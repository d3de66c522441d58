package org.xinyidai.messaging.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyidai.audit.OperationLog;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.messaging.MessageType;

/** The signed-in person's side of the message centre: reading, marking read, the SMS switches. */
@Service
public class Inbox {

    private final Messages messages;
    private final SmsSettings settings;
    private final OperationLog operationLog;
    private final Clock clock;

    Inbox(Messages messages, SmsSettings settings, OperationLog operationLog, Clock clock) {
        this.messages = messages;
        this.settings = settings;
        this.operationLog = operationLog;
        this.clock = clock;
    }

    /** Marks one of the person's messages read. Empty when it is not theirs (or does not exist). */
    @Transactional
    public Optional<Message> markRead(long id, CurrentUser user) {
        if (!messages.markRead(id, user.accountId(), OffsetDateTime.now(clock))) {
            return Optional.empty();
        }
        return messages.find(id, user.accountId());
    }

    @Transactional
    public int markAllRead(CurrentUser user) {
        return messages.markAllRead(user.accountId(), OffsetDateTime.now(clock));
    }

    public Map<MessageType, Boolean> smsSettings(CurrentUser user) {
        return settings.of(user.accountId());
    }

    /** Every type in {@code smsOn} texts the person, every other type does not. Staff changes are logged. */
    @Transactional
    public void saveSmsSettings(CurrentUser user, Set<MessageType> smsOn) {
        for (MessageType type : MessageType.values()) {
            settings.save(user.accountId(), type, smsOn.contains(type));
        }
        if (user.role().isStaff()) {
            operationLog.record(user.did("MESSAGE_SMS_SETTINGS").on("messaging_sms_setting", user.accountId())
                    .withDetail(smsOn.stream().map(Enum::name).sorted().collect(Collectors.joining(","))));
        }
    }
}
