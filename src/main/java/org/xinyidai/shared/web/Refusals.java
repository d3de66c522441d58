package org.xinyidai.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.xinyidai.shared.NotFound;
import org.xinyidai.shared.Refused;

/**
 * Where {@link NotFound} and a {@link Refused} that no form caught are answered, once for every module.
 *
 * <ul>
 *   <li>Not found: the site's 404 page (through {@code /error}), or a 404 problem under {@code /api/}.</li>
 *   <li>Refused under {@code /api/}: a 422 problem with the localised message as {@code detail} and the
 *       {@code field} and {@code messageKey} as properties.</li>
 *   <li>Refused on a page: the 400 page with the localised message. Controllers with a form catch refusals
 *       first ({@link Forms}), buttons through {@link Flash}; this is the floor, so nothing refused is ever a
 *       500.</li>
 * </ul>
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class Refusals {

    /** The request attribute the 400 page reads the refusal's message from. */
    static final String MESSAGE_ATTRIBUTE = "refusalMessage";

    private final MessageSource messages;

    Refusals(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (ApiPaths.isApi(request.getRequestURI())) {
            return problem(HttpStatus.NOT_FOUND, ProblemDetail.forStatus(HttpStatus.NOT_FOUND));
        }
        response.sendError(HttpStatus.NOT_FOUND.value());
        return null;
    }

    @ExceptionHandler(Refused.class)
    ResponseEntity<ProblemDetail> refused(Refused refused, HttpServletRequest request, HttpServletResponse response,
                                          Locale locale) throws IOException {
        String message = messages.getMessage(refused.messageKey(), refused.args(), refused.messageKey(), locale);
        if (ApiPaths.isApi(request.getRequestURI())) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, message);
            problem.setType(URI.create("/problems/refused"));
            problem.setProperty("messageKey", refused.messageKey());
            if (refused.isAboutAField()) {
                problem.setProperty("field", refused.field());
            }
            return problem(HttpStatus.UNPROCESSABLE_CONTENT, problem);
        }
        request.setAttribute(MESSAGE_ATTRIBUTE, message);
        response.sendError(HttpStatus.BAD_REQUEST.value());
        return null;
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, ProblemDetail problem) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
