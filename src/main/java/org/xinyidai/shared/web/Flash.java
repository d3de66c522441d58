package org.xinyidai.shared.web;

import java.util.function.Supplier;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinyidai.shared.Refused;

/**
 * The one-line message on the page after a write (UI.md "toasts / flash messages"): what was done, or why it
 * was refused. The layout's {@code flash} fragment shows both ({@code flash} and {@code flashError}: a message
 * key, or a message with its arguments).
 *
 * <pre>{@code
 * return Flash.attempt(redirect, "order.accepted", () -> orders.accept(user, id, version),
 *         "redirect:/institution/orders/" + id);
 * }</pre>
 */
public final class Flash {

    private Flash() {
    }

    /** Says on the next page that the write was done. */
    public static void done(RedirectAttributes redirect, String messageKey, Object... args) {
        redirect.addFlashAttribute("flash", message(messageKey, args));
    }

    /** Says on the next page why the write was refused. */
    public static void refused(RedirectAttributes redirect, Refused refused) {
        redirect.addFlashAttribute("flashError", message(refused.messageKey(), refused.args()));
    }

    /** A message without arguments travels as its key (what the layout and the tests read), else with them. */
    private static Object message(String messageKey, Object[] args) {
        return args == null || args.length == 0 ? messageKey
                : new DefaultMessageSourceResolvable(new String[] {messageKey}, args);
    }

    /** Runs a simple action (a button) and goes to {@code view} either way, with what happened as the flash. */
    public static String attempt(RedirectAttributes redirect, String doneKey, Runnable action, String view) {
        return attemptChoosing(redirect, doneKey, () -> {
            action.run();
            return view;
        }, view);
    }

    /** Like {@link #attempt(RedirectAttributes, String, Runnable, String)}, the view chosen by the action. */
    public static String attemptChoosing(RedirectAttributes redirect, String doneKey, Supplier<String> action,
                                 String viewWhenRefused) {
        try {
            String view = action.get();
            done(redirect, doneKey);
            return view;
        } catch (Refused refused) {
            refused(redirect, refused);
            return viewWhenRefused;
        }
    }
}
