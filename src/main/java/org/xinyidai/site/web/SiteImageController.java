package org.xinyidai.site.web;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.xinyidai.shared.NotFound;
import org.xinyidai.site.directory.SiteImage;
import org.xinyidai.site.directory.Sites;

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
        return serve(sites.banner(code).orElseThrow(NotFound::new));
    }

    @GetMapping("/contact/sites/{code}/logo")
    ResponseEntity<byte[]> logo(@PathVariable String code) {
        return serve(sites.logo(code).orElseThrow(NotFound::new));
    }

    private static ResponseEntity<byte[]> serve(SiteImage image) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(image.contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(image.bytes());
    }
}
