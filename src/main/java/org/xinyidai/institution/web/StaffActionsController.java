package org.xinyidai.institution.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinyidai.identity.AccountId;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.institution.staff.StaffMember;
import org.xinyidai.institution.staff.StaffService;
import org.xinyidai.shared.web.Flash;

/**
 * The one-click actions on a person: approve, enable / disable, work status, delete, handover. A person outside
 * the admin's part of the tree is not found; a refusal is the flash message on the person's page.
 */
@Controller
@RequestMapping("/institution/staff/{id}")
class StaffActionsController {

    private final InstitutionScopes scopes;
    private final StaffService service;

    StaffActionsController(InstitutionScopes scopes, StaffService service) {
        this.scopes = scopes;
        this.service = service;
    }

    @PostMapping("/approve")
    String approve(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return Flash.attempt(redirect, "staff.approved", () -> service.approve(scopes.of(user), id, user), page(id));
    }

    @PostMapping("/status")
    String status(@PathVariable long id, @RequestParam boolean enabled, @AuthenticationPrincipal CurrentUser user,
                  RedirectAttributes redirect) {
        return Flash.attempt(redirect, enabled ? "staff.enabled" : "staff.disabled",
                () -> service.setEnabled(scopes.of(user), id, enabled, user), page(id));
    }

    @PostMapping("/work-status")
    String workStatus(@PathVariable long id, @RequestParam StaffMember.WorkStatus status,
                      @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return Flash.attempt(redirect, "staff.workStatusSet",
                () -> service.setWorkStatus(scopes.of(user), id, status, user), page(id));
    }

    @PostMapping("/delete")
    String delete(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        return Flash.attemptChoosing(redirect, "staff.deleted", () -> {
            service.delete(scopes.of(user), id, user);
            return "redirect:/institution/staff";
        }, page(id));
    }

    @PostMapping("/handover")
    String handOver(@PathVariable long id, @RequestParam(required = false) Long successor,
                    @RequestParam(required = false) String note, @AuthenticationPrincipal CurrentUser user,
                    RedirectAttributes redirect) {
        return Flash.attempt(redirect, "staff.handedOver",
                () -> service.handOver(scopes.of(user), AccountId.of(id),
                        successor == null ? null : AccountId.of(successor), note, user), page(id));
    }

    private static String page(long id) {
        return "redirect:/institution/staff/" + id;
    }
}
