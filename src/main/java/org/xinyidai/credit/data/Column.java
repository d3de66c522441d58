package org.xinyidai.credit.data;

import java.util.List;
import java.util.Optional;

/**
 * One column of a source's file (and field of its feed): its name, what it holds, where it is stored, whether it
 * must be filled, and for a choice the values allowed (each a stored code and the Chinese a source may send).
 */
record Column(String name, Type type, Slot slot, boolean required, List<Choice> choices) {

    /** What a column holds, which decides how it is read and checked. */
    enum Type { TEXT, DATE, MONTH, AMOUNT, COUNT, YEAR, CHOICE }

    /** Where a typed value is kept in {@code credit_record}. */
    enum Slot { EVENT_DATE, END_DATE, KIND, REFERENCE, AMOUNT, QUANTITY, DETAIL }

    /** An allowed value: the code stored and shown through {@code credit.value.<code>}, and its Chinese name. */
    record Choice(String code, String chinese) {
    }

    static Column required(String name, Type type, Slot slot) {
        return new Column(name, type, slot, true, List.of());
    }

    static Column optional(String name, Type type, Slot slot) {
        return new Column(name, type, slot, false, List.of());
    }

    /** A required choice; each value {@code CODE:中文}. */
    static Column choice(String name, Slot slot, String... values) {
        List<Choice> choices = java.util.Arrays.stream(values).map(v -> v.split(":"))
                .map(p -> new Choice(p[0], p.length > 1 ? p[1] : p[0])).toList();
        return new Column(name, Type.CHOICE, slot, true, choices);
    }

    /** The stored code for what was sent: the code itself or its Chinese name. */
    Optional<String> codeOf(String value) {
        return choices.stream().filter(c -> c.code().equalsIgnoreCase(value) || c.chinese().equals(value))
                .map(Choice::code).findFirst();
    }

    int maxLength() {
        return switch (slot) {
            case KIND -> 40;
            case REFERENCE -> 100;
            default -> 500;
        };
    }
}
