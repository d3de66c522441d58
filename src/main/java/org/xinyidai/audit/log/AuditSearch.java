package org.xinyidai.audit.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The filters of the audit page, bound from the URL so a filtered view can be bookmarked.
 *
 * @param actor  part of the actor's name or masked phone
 * @param action an action code, exact
 * @param result SUCCESS or FAILURE
 */
record AuditFilter(String actor, String action, String result,
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                   Integer page) {

    static final int PAGE_SIZE = 20;

    int pageOrFirst() {
        return page == null || page < 1 ? 1 : page;
    }

    boolean has(String value) {
        return value != null && !value.isBlank();
    }
}
