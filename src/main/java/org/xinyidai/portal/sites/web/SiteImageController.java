package org.xinyidai.portal.sites.web;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.xinyidai.site.SiteImage;
import org.xinyidai.site.Sites;

/**
 * A site's banner and logo for every visitor. Served under {@code /contact/sites/...} because that
 * prefix is public already ({@code /sites/**} is not).
 */
@Controller
class SiteImageController {

    private final Sites sites;

    SiteImageController(Sites sites) {
        this.sites = sites;
    }

    @GetMapping("/contact/sites/{code}/banner")
    ResponseEntity<byte[]> banner(@PathVariable String code) {
        return serve(sites.banner(code).orElseThrow(SiteImageController::notFound));
    }

    @GetMapping("/contact/sites/{code}/logo")
    ResponseEntity<byte[]> logo(@PathVariable String code) {
        return serve(sites.logo(code).orElseThrow(SiteImageController::notFound));
    }

    private static ResponseEntity<byte[]> serve(SiteImage image) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(image.contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(image.bytes());
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
