package org.xinyidai.shared.web;

import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
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

    /**
     * The binding result to put further errors on, holding the form. Spring builds a form record through its
     * constructor; when a value cannot be converted (letters in a number field, an unknown choice) it still builds
     * the record, that field left empty, but keeps a binding result without it: rejecting another field would then
     * fail, and the page would have no form to show. This puts the form, and a binding result holding it with the
     * errors so far, in the model. Call it first in a handler whose record has fields that are not text.
     */
    public static BindingResult holding(Object form, BindingResult binding, Model model) {
        if (binding.getTarget() != null || form == null) {
            return binding;
        }
        BeanPropertyBindingResult holding = new BeanPropertyBindingResult(form, binding.getObjectName());
        holding.addAllErrors(binding);
        model.addAttribute(binding.getObjectName(), form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + binding.getObjectName(), holding);
        return holding;
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
