package org.xinyidai.credit.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.xinyidai.credit.AgencyProfile;
import org.xinyidai.credit.agency.AgencyDirectory;
import org.xinyidai.shared.NotFound;
import org.xinyidai.site.SiteApi;

/** 信用机构: the credit agencies serving the visitor's city site, each with its profile. */
@Controller
class AgencyDirectoryController {

    private final AgencyDirectory directory;
    private final SiteApi sites;

    AgencyDirectoryController(AgencyDirectory directory, SiteApi sites) {
        this.directory = directory;
        this.sites = sites;
    }

    @GetMapping("/agencies")
    String list(HttpServletRequest request, Model model) {
        List<AgencyProfile> agencies = sites.current(request).map(site -> directory.publishedOn(site.code()))
                .orElse(List.of());
        model.addAttribute("agencies", agencies);
        return "credit/agencies";
    }

    @GetMapping("/agencies/{id}")
    String detail(@PathVariable long id, HttpServletRequest request, Model model) {
        AgencyProfile agency = sites.current(request).flatMap(site -> directory.publishedOn(site.code(), id))
                .orElseThrow(NotFound::new);
        model.addAttribute("agency", agency);
        return "credit/agency";
    }
}
