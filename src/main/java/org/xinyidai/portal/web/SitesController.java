package org.xinyidai.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;
import org.xinyidai.site.UnknownSiteException;

/**
 * 城市分站: every open site with its link. {@code ?city=} naming no site lands here too, as a 404 page
 * titled 未找到该分站 that offers the real ones, instead of an error.
 */
@Controller
@ControllerAdvice
class SitesController {

    static final String VIEW = "portal/sites";

    private final LayoutAttributes layout;

    SitesController(LayoutAttributes layout) {
        this.layout = layout;
    }

    @GetMapping("/sites")
    String sites() {
        return VIEW;
    }

    /** Exception handlers get no @ModelAttribute values, so the layout's are added here. */
    @ExceptionHandler(UnknownSiteException.class)
    ModelAndView unknownSite(UnknownSiteException e, HttpServletRequest request) {
        ModelAndView page = new ModelAndView(VIEW, HttpStatus.NOT_FOUND);
        page.addObject("unknownCode", e.code());
        page.addObject("currentSite", layout.currentSite(request));
        page.addObject("sites", layout.sites());
        page.addObject("currentPath", layout.currentPath(request));
        page.addObject("me", layout.me());
        page.addObject("navigation", layout.navigation());
        return page;
    }
}
