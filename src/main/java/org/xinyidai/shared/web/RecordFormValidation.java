package org.xinyidai.shared.web;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every value of a form record is validated even when one of them could not be converted (letters in a number
 * field, a control character in a text). Spring builds a record through its constructor and, when a value fails,
 * checks each other value on its own ({@code SmartValidator.validateValue}); Spring Boot's MVC validator adapter
 * does not do that and quietly skips it, so the form would say only its first kind of mistake. The application's
 * own validator (the same Bean Validation, messages from the bundles) does.
 */
@ControllerAdvice
class RecordFormValidation {

    private final SmartValidator validator;

    RecordFormValidation(@Qualifier("defaultValidator") SmartValidator validator) {
        this.validator = validator;
    }

    @InitBinder
    void validateEachValue(WebDataBinder binder) {
        if (!binder.getValidators().isEmpty()) {
            binder.replaceValidators(validator);
        }
    }
}
