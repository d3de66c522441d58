package org.xinyidai.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.xinyidai.institution.InstitutionApi;
import org.xinyidai.institution.InstitutionSummary;
import org.xinyidai.institution.PublicProfile;
import org.xinyidai.shared.NotFound;
import org.xinyidai.site.Site;
import org.xinyidai.site.SiteApi;

/** 金融机构: the institutions serving the current site, each with its public profile. */
@Controller
class DirectoryController {

    private final InstitutionApi institutions;
    private final SiteApi sites;

    DirectoryController(InstitutionApi institutions, SiteApi sites) {
        this.institutions = institutions;
        this.sites = sites;
    }

    @GetMapping("/institutions")
    String list(HttpServletRequest request, Model model) {
        model.addAttribute("profiles", serving(request).stream()
                .map(i -> institutions.profile(i.id())).flatMap(java.util.Optional::stream).toList());
        return "portal/institutions";
    }

    @GetMapping("/institutions/{id}")
    String detail(@PathVariable long id, HttpServletRequest request, Model model) {
        boolean onThisSite = serving(request).stream().anyMatch(i -> i.id() == id);
        PublicProfile profile = institutions.profile(id).filter(p -> onThisSite)
                .orElseThrow(NotFound::new);
        model.addAttribute("profile", profile);
        return "portal/institution";
    }

    private List<InstitutionSummary> serving(HttpServletRequest request) {
        return sites.current(request).map(site -> {
            List<String> regions = new ArrayList<>(List.of(site.regionCode()));
            site.districts().stream().map(Site.District::regionCode).forEach(regions::add);
            return institutions.serving(regions);
        }).orElse(List.of());
    }
}
