package org.xinyidai.portal.web;

import java.beans.PropertyEditorSupport;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * No text with control characters reaches a controller: a NUL byte makes PostgreSQL refuse the whole statement
 * ({@code invalid byte sequence for encoding "UTF8": 0x00}) and the others have no business in names, notes or
 * search words. Every text bound from a request (form fields, multipart text parts, request parameters) goes
 * through this editor; a refusal is a binding error with the code {@code typeMismatch} (for a String:
 * {@code typeMismatch.java.lang.String}, 不能包含控制字符) beside the field, or the 400 page for a parameter.
 * Tab, CR and LF stay allowed: multi-line fields need the line breaks, and the database takes all three.
 */
@ControllerAdvice
class ControlCharacters {

    @InitBinder
    void refuseControlCharacters(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new Editor());
    }

    static boolean contains(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\r' && c != '\n') {
                return true;
            }
        }
        return false;
    }

    /** Keeps the text as it came (trimming is each form's business) unless it holds a control character. */
    static final class Editor extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            if (text != null && contains(text)) {
                throw new IllegalArgumentException("Text with a control character");
            }
            setValue(text);
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }
}
