package org.xinyidai.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.xinyidai.shared.NotFound;
import org.xinyidai.shared.QrCode;
import org.xinyidai.site.Site;
import org.xinyidai.site.SiteApi;

/**
 * 宣传材料: the current site's link ({@code <base>/?city=foshan}, the form the city notice publishes) with
 * its QR code to download, and an A4 poster with the notice's text to print, for banks' branches and
 * the districts' service halls.
 */
@Controller
class PromotionController {

    private final SiteApi sites;

    PromotionController(SiteApi sites) {
        this.sites = sites;
    }

    @GetMapping("/promotion")
    String page(HttpServletRequest request, Model model) {
        model.addAttribute("site", site(request));
        model.addAttribute("link", link(request));
        return "portal/promotion";
    }

    @GetMapping("/promotion/poster")
    String poster(HttpServletRequest request, Model model) {
        model.addAttribute("site", site(request));
        model.addAttribute("link", link(request));
        return "portal/poster";
    }

    @GetMapping(value = "/promotion/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qr(@RequestParam(defaultValue = "false") boolean download, HttpServletRequest request) {
        Site site = site(request);
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(MediaType.IMAGE_PNG);
        if (download) {
            response.header(HttpHeaders.CONTENT_DISPOSITION,
                    "attachment; filename=\"xinyidai-" + site.code() + "-qr.png\"");
        }
        return response.body(QrCode.png(link(request), 600));
    }

    private Site site(HttpServletRequest request) {
        return sites.current(request).orElseThrow(NotFound::new);
    }

    private String link(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromContextPath(request).path("/").queryParam("city", site(request).code())
                .build().toUriString();
    }
}
