package org.xinyidai.portal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Requests the framework refuses before a controller runs, answered as a visitor understands them. The rest
 * (a missing parameter, a wrong method, an unknown path…) keep Spring's status and get the site's page from
 * {@link ErrorPageController}.
 */
@ControllerAdvice
class RequestProblems {

    /**
     * {@code /products/abc} names no record: 404, as for an id that does not exist. A parameter that does not
     * read ({@code ?page=abc}, {@code ?amount=10万}, a control character) is a bad request: 400.
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    void unreadableArgument(MethodArgumentTypeMismatchException e, HttpServletResponse response) throws IOException {
        boolean pathVariable = e.getParameter().hasParameterAnnotation(PathVariable.class);
        response.sendError(pathVariable ? HttpStatus.NOT_FOUND.value() : HttpStatus.BAD_REQUEST.value());
    }
}
