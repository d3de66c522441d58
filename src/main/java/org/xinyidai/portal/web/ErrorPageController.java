package org.xinyidai.portal.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.xinyidai.shared.web.ApiPaths;

/**
 * Everything that ends in an error status lands here (the container forwards to {@code /error}): people get
 * the site's own page in their language, for every method and whatever their browser or htmx accepts, so no
 * visitor ever sees Spring's Whitelabel page or raw JSON; paths under {@code /api/} get an RFC 9457 problem
 * instead, so the coming open API inherits it. Replaces Spring Boot's {@code BasicErrorController}.
 */
@Controller
class ErrorPageController implements ErrorController {

    /** The statuses with a page of their own ({@code templates/error/<status>.html}); others get error/error. */
    private static final Set<Integer> OWN_PAGES = Set.of(400, 403, 404, 405, 413, 500);

    /**
     * Object on purpose: a page or a problem, decided by the path; Spring picks the handler by the value's type.
     */
    @RequestMapping("${server.error.path:/error}")
    Object error(HttpServletRequest request) {
        HttpStatusCode status = status(request);
        if (ApiPaths.isApi(originalPath(request))) {
            ProblemDetail problem = ProblemDetail.forStatus(status);
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        String view = OWN_PAGES.contains(status.value()) ? "error/" + status.value() : "error/error";
        ModelAndView page = new ModelAndView(view, status);
        page.addObject("status", status.value());
        return page;
    }

    private static HttpStatusCode status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code instanceof Integer value && value >= 400 && value < 600) {
            return HttpStatusCode.valueOf(value);
        }
        // Opened directly, /error is no page of its own.
        return HttpStatus.NOT_FOUND;
    }

    private static String originalPath(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String value ? value : request.getRequestURI();
        return path.substring(Math.min(request.getContextPath().length(), path.length()));
    }
}
