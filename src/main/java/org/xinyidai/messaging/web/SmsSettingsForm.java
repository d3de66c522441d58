package org.xinyidai.messaging.web;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.xinyidai.messaging.MessageType;

/**
 * The SMS switches as posted: the checked boxes' type names ({@code sms}, absent when none is checked). An
 * unknown name is ignored rather than failing the form.
 */
record SmsSettingsForm(List<String> sms) {

    Set<MessageType> smsOn() {
        Set<String> checked = sms == null ? Set.of() : Set.copyOf(sms);
        return Arrays.stream(MessageType.values()).filter(type -> checked.contains(type.name()))
                .collect(Collectors.toSet());
    }
}
