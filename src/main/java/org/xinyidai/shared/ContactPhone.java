package org.xinyidai.shared;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/**
 * A phone number people can call: a mainland mobile ({@link PhoneNumber}) or a landline written the usual ways
 * ({@code 0757-88881001}, {@code 0757-8888 1001}, {@code 020 8888 1001}, extension {@code -123}), a
 * {@code 400}/{@code 800} number or a short service number ({@code 95xxx}, {@code 96xxx}).
 * Blank passes: whether the field is required is said by {@code @NotBlank} beside it. The one rule for every
 * hotline and contact phone field.
 */
@Documented
@Constraint(validatedBy = ContactPhone.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface ContactPhone {

    String message() default "{validation.contactPhone.format}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<ContactPhone, String> {

        /**
         * Area code 0xx or 0xxx, then a 7 or 8 digit local number (never starting with 0 or 1, at most one
         * space or dash inside: 8888 1001), then an optional extension.
         */
        private static final Pattern LANDLINE = Pattern.compile(
                "(0[1-9]\\d{1,2}|\\(0[1-9]\\d{1,2}\\))[- ]?[2-9]\\d{2,3}[- ]?\\d{4}(-\\d{1,6})?");
        /** 400 / 800 and seven digits, grouped 3-4 or 4-3 ({@code 400-8020-020}). */
        private static final Pattern NATIONWIDE = Pattern.compile("[48]00([- ]?\\d){7}");
        /**
         * Banks' and insurers' 95xxx (some with three more digits) and local 96xxx service numbers. Government
         * 12xxx lines (12345) are nobody's contact phone here, and too close to a typo.
         */
        private static final Pattern SERVICE = Pattern.compile("95\\d{3}(\\d{3})?|96\\d{3,6}");

        public static boolean isValid(String input) {
            if (input == null || input.isBlank()) {
                return true;
            }
            String phone = input.strip();
            return PhoneNumber.isValid(phone) || LANDLINE.matcher(phone).matches()
                    || NATIONWIDE.matcher(phone).matches() || SERVICE.matcher(phone).matches();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return isValid(value);
        }
    }
}
