package org.xinyidai.messaging.notices;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xinyidai.audit.OperationLog;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.messaging.MessageType;

/** The signed-in person's SMS switches (短信通知设置): which kinds of message also reach them by SMS. */
@Service
public class SmsPreferences {

    private final SmsSettings settings;
    private final OperationLog operationLog;

    SmsPreferences(SmsSettings settings, OperationLog operationLog) {
        this.settings = settings;
        this.operationLog = operationLog;
    }

    /** Every type, in declaration order, with the person's choice or the type's default. */
    public Map<MessageType, Boolean> of(CurrentUser user) {
        return settings.of(user.accountId());
    }

    /** Every type in {@code smsOn} texts the person, every other type does not. Staff changes are logged. */
    @Transactional
    public void save(CurrentUser user, Set<MessageType> smsOn) {
        for (MessageType type : MessageType.values()) {
            settings.save(user.accountId(), type, smsOn.contains(type));
        }
        if (user.role().isStaff()) {
            operationLog.record(user.did("MESSAGE_SMS_SETTINGS").on("messaging_sms_setting", user.accountId())
                    .withDetail(smsOn.stream().map(Enum::name).sorted().collect(Collectors.joining(","))));
        }
    }
}
