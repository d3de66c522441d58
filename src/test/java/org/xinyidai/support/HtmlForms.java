package org.xinyidai.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** The forms of a page as MockMvc requests: what a browser would send for them as the page filled them in. */
public final class HtmlForms {

    private static final Set<String> TEXT_INPUTS = Set.of("", "text", "email", "tel", "search", "url", "password");

    private HtmlForms() {
    }

    /** The form's action without its query, or the page's path when it posts back to itself. */
    public static String action(Element form, String page) {
        String action = form.attr("action");
        return (action.isEmpty() ? page : action).replaceAll("\\?.*", "");
    }

    /** Text, hidden, checked and selected values, as the browser would submit them (files left out). */
    public static Map<String, String> filledIn(Element form) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Element field : form.select("input[name], textarea[name], select[name]")) {
            String name = field.attr("name");
            String type = field.attr("type").toLowerCase(Locale.ROOT);
            if (name.equals("_csrf") || type.equals("file") || type.equals("submit")
                    || (type.equals("checkbox") || type.equals("radio")) && !field.hasAttr("checked")) {
                continue;
            }
            if (field.tagName().equals("textarea")) {
                values.put(name, field.wholeText());
            } else if (field.tagName().equals("select")) {
                Element option = field.selectFirst("option[selected]") != null ? field.selectFirst("option[selected]")
                        : field.selectFirst("option");
                if (option != null) {
                    values.putIfAbsent(name, option.hasAttr("value") ? option.attr("value") : option.text());
                }
            } else {
                values.putIfAbsent(name, field.attr("value"));
            }
        }
        return values;
    }

    /** A field a person types text into (not hidden, not a choice). */
    public static boolean isText(Element field) {
        return field.tagName().equals("textarea") || field.tagName().equals("input")
                && TEXT_INPUTS.contains(field.attr("type").toLowerCase(Locale.ROOT)) && !field.attr("name").equals("_csrf");
    }

    /** The request the browser would make for the form with these values (with the CSRF token for a post). */
    public static AbstractMockHttpServletRequestBuilder<?> submit(Element form, String action,
                                                                  Map<String, String> values) {
        boolean post = "post".equalsIgnoreCase(form.attr("method"));
        AbstractMockHttpServletRequestBuilder<?> request = !post ? get(action)
                : "multipart/form-data".equalsIgnoreCase(form.attr("enctype")) ? multipart(action) : post(action);
        values.forEach((name, value) -> request.param(name, value));
        return post ? request.with(csrf()) : request;
    }
}
