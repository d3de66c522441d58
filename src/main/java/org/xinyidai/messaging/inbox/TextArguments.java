package org.xinyidai.messaging.inbox;

import java.util.Arrays;
import java.util.List;

/**
 * A text's arguments as stored, messages' and texts' alike: joined in one column by a character no argument may
 * carry (an argument containing it has it replaced by a space before it is stored).
 */
public final class TextArguments {

    private static final String SEPARATOR = "\u001F";

    private TextArguments() {
    }

    /** The arguments made safe to join: no separator inside, no null. */
    public static List<String> clean(List<String> args) {
        return args.stream().map(a -> a == null ? "" : a.replace(SEPARATOR, " ")).toList();
    }

    public static String join(List<String> cleanArgs) {
        return String.join(SEPARATOR, cleanArgs);
    }

    static List<String> split(String stored) {
        return stored.isEmpty() ? List.of() : Arrays.asList(stored.split(SEPARATOR, -1));
    }
}
