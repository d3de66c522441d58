package org.xinyidai.shared.web;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.validation.BindingResult;
import org.xinyidai.shared.Refused;

/**
 * A form's write, refused or done. The controller validates the form record ({@code @Valid}), then hands the
 * write to {@link #attempt}: a {@link Refused} from the aggregate or service lands beside its field (or above the
 * form) in the same {@link BindingResult} the page already shows, and the controller shows the form again.
 *
 * <pre>{@code
 * if (binding.hasErrors() || !Forms.attempt(binding, () -> nodes.edit(user, id, form.details()))) {
 *     return formPage(model);
 * }
 * // or, when the write answers something (a new id):
 * Optional<Long> created = Forms.attemptAndGet(binding, () -> nodes.add(user, form.details()));
 * }</pre>
 */
public final class Forms {

    private Forms() {
    }

    /** Runs the write; its result, or empty with the refusal put on the form. */
    public static <T> Optional<T> attemptAndGet(BindingResult binding, Supplier<T> write) {
        try {
            return Optional.of(write.get());
        } catch (Refused refused) {
            reject(binding, refused);
            return Optional.empty();
        }
    }

    /** Runs a write without a result; true when done, false with the refusal put on the form. */
    public static boolean attempt(BindingResult binding, Runnable write) {
        return attemptAndGet(binding, () -> {
            write.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /** Puts a refusal on the form: beside its field when the form has that field, else above the form. */
    public static void reject(BindingResult binding, Refused refused) {
        Object[] args = refused.args();
        if (refused.isAboutAField() && isField(binding, refused.field())) {
            binding.rejectValue(refused.field(), refused.messageKey(), args, null);
        } else {
            binding.reject(refused.messageKey(), args, null);
        }
    }

    private static boolean isField(BindingResult binding, String field) {
        try {
            binding.getFieldType(field);
            return binding.getTarget() == null || binding.getFieldType(field) != null;
        } catch (RuntimeException notAProperty) {
            return false;
        }
    }
}
