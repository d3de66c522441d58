package org.xinyidai.portal.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Links to another page of the list being shown, keeping every filter in the URL:
 * {@code ${@pageLinks.to(3)}} is the current request with {@code page=3}.
 */
@Component("pageLinks")
public class PageLinks {

    public String to(int page) {
        return ServletUriComponentsBuilder.fromCurrentRequestUri()
                .query(currentQuery())
                .replaceQueryParam("page", page)
                .build().toUriString()
                .replaceFirst("^[a-z]+://[^/]+", "");
    }

    private static String currentQuery() {
        var request = ((org.springframework.web.context.request.ServletRequestAttributes)
                org.springframework.web.context.request.RequestContextHolder.currentRequestAttributes()).getRequest();
        return request.getQueryString();
    }
}
