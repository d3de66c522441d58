package org.xinyidai.portal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * An upload over {@code spring.servlet.multipart.max-file-size}: the visitor gets the form they came from back
 * with 文件不能超过 10 MB, instead of Tomcat's bare 413 page and a stack trace in the log.
 *
 * <p>It has to be a filter ahead of Spring Security: the CSRF filter reads the token from the multipart body,
 * and that is where Tomcat finds the file too large and throws, long before any controller or exception
 * handler. So multipart requests are parsed here first; a refusal for size answers with a redirect to the
 * referring page (its path only, so it never leaves the site) and the message as a flash attribute.
 */
@Component
@Order(-110) // before Spring Security's filter chain (-100), after character encoding
class UploadLimitFilter extends OncePerRequestFilter {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final DataSize maxFileSize;
    private final SessionFlashMapManager flashMaps = new SessionFlashMapManager();

    UploadLimitFilter(MessageSource messages, LocaleResolver locales,
                      @Value("${spring.servlet.multipart.max-file-size:10MB}") DataSize maxFileSize) {
        this.messages = messages;
        this.locales = locales;
        this.maxFileSize = maxFileSize;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod()) || type == null
                || !type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParts();
        } catch (IOException | ServletException | RuntimeException e) {
            if (!tooLarge(e)) {
                throw e;
            }
            backToTheForm(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private void backToTheForm(HttpServletRequest request, HttpServletResponse response) {
        String text = messages.getMessage("upload.tooLarge", new Object[] {maxFileSize.toMegabytes()},
                locales.resolveLocale(request));
        String target = formPage(request);
        FlashMap flash = new FlashMap();
        flash.put("flashErrorText", text);
        flash.setTargetRequestPath(URI.create(target).getPath());
        flashMaps.saveOutputFlashMap(flash, request, response);
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", target);
    }

    /** Tomcat says "... exceeds its maximum permitted size" for both the file limit and the request limit. */
    private static boolean tooLarge(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (cause.getClass().getSimpleName().contains("SizeLimitExceeded")
                    || message != null && message.contains("exceeds its maximum permitted size")) {
                return true;
            }
        }
        return false;
    }

    private static String formPage(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer != null) {
            try {
                URI uri = new URI(referer);
                String path = uri.getRawPath();
                if (path != null && path.startsWith("/") && !path.startsWith("//")) {
                    return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
                }
            } catch (URISyntaxException unreadable) {
                // fall back to the form's own address below
            }
        }
        return request.getRequestURI();
    }
}
