package org.xinyidai.institution.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.institution.staff.StaffMember;
import org.xinyidai.institution.staff.StaffMembers;
import org.xinyidai.institution.staff.StaffService;
import org.xinyidai.institution.tree.NodeScope;

/** The one-click actions on a person: approve, enable / disable, work status, delete, handover. */
@Controller
@RequestMapping("/institution/staff/{id}")
class StaffActionsController {

    private final InstitutionScopes scopes;
    private final StaffMembers staff;
    private final StaffService service;

    StaffActionsController(InstitutionScopes scopes, StaffMembers staff, StaffService service) {
        this.scopes = scopes;
        this.staff = staff;
        this.service = service;
    }

    @PostMapping("/approve")
    String approve(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        NodeScope scope = inScope(id, user);
        return answer(service.approve(scope, id, user), "staff.approved", id, redirect);
    }

    @PostMapping("/status")
    String status(@PathVariable long id, @RequestParam boolean enabled, @AuthenticationPrincipal CurrentUser user,
                  RedirectAttributes redirect) {
        NodeScope scope = inScope(id, user);
        return answer(service.setEnabled(scope, id, enabled, user), enabled ? "staff.enabled" : "staff.disabled", id,
                redirect);
    }

    @PostMapping("/work-status")
    String workStatus(@PathVariable long id, @RequestParam StaffMember.WorkStatus status,
                      @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        NodeScope scope = inScope(id, user);
        return answer(service.setWorkStatus(scope, id, status, user), "staff.workStatusSet", id, redirect);
    }

    @PostMapping("/delete")
    String delete(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        NodeScope scope = inScope(id, user);
        StaffService.Outcome outcome = service.delete(scope, id, user);
        if (outcome.done()) {
            redirect.addFlashAttribute("flash", "staff.deleted");
            return "redirect:/institution/staff";
        }
        return answer(outcome, null, id, redirect);
    }

    @PostMapping("/handover")
    String handOver(@PathVariable long id, @RequestParam(required = false) Long successor,
                    @RequestParam(required = false) String note, @AuthenticationPrincipal CurrentUser user,
                    RedirectAttributes redirect) {
        NodeScope scope = inScope(id, user);
        String trimmed = note == null || note.isBlank() ? null : note.trim();
        if (trimmed != null && trimmed.length() > 200) {
            redirect.addFlashAttribute("flashError", "staff.handover.noteTooLong");
            return "redirect:/institution/staff/" + id;
        }
        StaffService.Outcome outcome = successor == null
                ? new StaffService.Outcome(false, "successor", "staff.handover.successorRequired")
                : service.handOver(scope, id, successor, trimmed, user);
        return answer(outcome, "staff.handedOver", id, redirect);
    }

    private NodeScope inScope(long id, CurrentUser user) {
        NodeScope scope = scopes.of(user);
        staff.find(id, scope).orElseThrow(InstitutionScopes::notFound);
        return scope;
    }

    private static String answer(StaffService.Outcome outcome, String doneKey, long id, RedirectAttributes redirect) {
        if (outcome.done()) {
            redirect.addFlashAttribute("flash", doneKey);
        } else {
            redirect.addFlashAttribute("flashError", outcome.messageKey());
        }
        return "redirect:/institution/staff/" + id;
    }
}
