package org.xinyidai.institution.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.shared.QrCode;
import org.xinyidai.institution.staff.StaffMember;
import org.xinyidai.institution.referral.StaffReferrals;
import org.xinyidai.shared.NotFound;
import org.xinyidai.site.Site;
import org.xinyidai.site.SiteApi;

/**
 * 专属二维码: a customer manager's QR code for the registration link that carries their referral code,
 * as a PNG to show, download or print, and the enterprises that registered through it.
 */
@Controller
class ReferralController {

    private final StaffReferrals referrals;
    private final SiteApi sites;

    ReferralController(StaffReferrals referrals, SiteApi sites) {
        this.referrals = referrals;
        this.sites = sites;
    }

    @GetMapping("/institution/referral")
    String page(@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model) {
        StaffMember me = referrals.me(user.accountId()).orElseThrow(NotFound::new);
        model.addAttribute("member", me);
        model.addAttribute("link", me.referralCode() == null ? null : link(me, request));
        model.addAttribute("referred", referrals.referredBy(user.accountId()));
        return "institution/referral";
    }

    @GetMapping(value = "/institution/referral/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qr(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "false") boolean download,
                              HttpServletRequest request) {
        StaffMember me = referrals.me(user.accountId()).filter(m -> m.referralCode() != null)
                .orElseThrow(NotFound::new);
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(MediaType.IMAGE_PNG);
        if (download) {
            response.header(HttpHeaders.CONTENT_DISPOSITION,
                    "attachment; filename=\"xinyidai-qr-" + me.referralCode() + ".png\"");
        }
        return response.body(QrCode.png(link(me, request), 480));
    }

    private String link(StaffMember me, HttpServletRequest request) {
        String city = sites.current(request).map(Site::code).orElse(null);
        return ServletUriComponentsBuilder.fromContextPath(request).path("/register")
                .queryParam("ref", me.referralCode()).queryParamIfPresent("city", java.util.Optional.ofNullable(city))
                .build().toUriString();
    }
}
