package org.xinyidai.audit.log;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the admin looks for in the operation log, bound from the URL so a filtered view can be bookmarked.
 * Every criterion is optional.
 *
 * @param actor  part of the actor's name or masked phone
 * @param action an action code, exact
 * @param result SUCCESS or FAILURE
 * @param from   the first day, inclusive (Beijing time)
 * @param to     the last day, inclusive
 */
public record AuditSearch(String actor, String action, String result,
                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

    static boolean has(String value) {
        return value != null && !value.isBlank();
    }
}
