package org.xinyidai.institution.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinyidai.identity.AccountAdministration;
import org.xinyidai.identity.AccountAdministration.AccountView;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.Role;
import org.xinyidai.institution.OrderFigures;
import org.xinyidai.institution.referral.Referrals;
import org.xinyidai.institution.staff.Colleagues;
import org.xinyidai.institution.staff.Handovers;
import org.xinyidai.institution.staff.StaffFilter;
import org.xinyidai.institution.staff.StaffMember;
import org.xinyidai.institution.staff.StaffMembers;
import org.xinyidai.institution.staff.StaffService;
import org.xinyidai.institution.tree.NodeScope;
import org.xinyidai.institution.tree.Nodes;
import org.xinyidai.shared.NotFound;
import org.xinyidai.shared.Page;
import org.xinyidai.shared.PhoneNumber;
import org.xinyidai.shared.web.Flash;
import org.xinyidai.shared.web.Forms;

/** 客户经理管理: the list with its filters, add, edit, the detail page with performance and handovers. */
@Controller
@RequestMapping("/institution/staff")
class StaffController {

    private final InstitutionScopes scopes;
    private final StaffMembers staff;
    private final Colleagues colleagues;
    private final StaffService service;
    private final Nodes nodes;
    private final Handovers handovers;
    private final Referrals referrals;
    private final AccountAdministration accounts;
    private final OrderFigures figures;
    private final Clock clock;

    StaffController(InstitutionScopes scopes, StaffMembers staff, Colleagues colleagues, StaffService service,
                    Nodes nodes, Handovers handovers, Referrals referrals, AccountAdministration accounts,
                    OrderFigures figures, Clock clock) {
        this.scopes = scopes;
        this.staff = staff;
        this.colleagues = colleagues;
        this.service = service;
        this.nodes = nodes;
        this.handovers = handovers;
        this.referrals = referrals;
        this.accounts = accounts;
        this.figures = figures;
        this.clock = clock;
    }

    @GetMapping
    String list(@ModelAttribute("filter") StaffFilter filter, @AuthenticationPrincipal CurrentUser user, Model model,
                @RequestHeader(value = "HX-Request", required = false) String htmx) {
        NodeScope scope = scopes.of(user);
        Page<StaffMember> found = staff.search(filter, scope);
        model.addAttribute("members", found.items());
        model.addAttribute("statuses", statuses(found.items()));
        model.addAttribute("total", found.total());
        model.addAttribute("page", found.number());
        model.addAttribute("pages", found.pages());
        model.addAttribute("nodes", nodes.inScope(scope));
        model.addAttribute("roles", List.of(Role.CUSTOMER_MANAGER, Role.INST_ADMIN, Role.INST_HQ_ADMIN));
        model.addAttribute("approvals", StaffMember.Approval.values());
        model.addAttribute("works", StaffMember.WorkStatus.values());
        return htmx != null ? "institution/staff-list :: results" : "institution/staff-list";
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("form", StaffForm.blank());
        return formView(model, scopes.of(user), null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") StaffForm form, BindingResult errors,
                  @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        BindingResult binding = Forms.holding(form, errors, model);
        NodeScope scope = scopes.of(user);
        Optional<PhoneNumber> phone = phone(form, binding);
        if (binding.hasErrors()
                || !Forms.attempt(binding, () -> service.add(scope, form.details(phone.get()), user))) {
            return formView(model, scope, null);
        }
        Flash.done(redirect, form.role() == Role.CUSTOMER_MANAGER ? "staff.created.pending" : "staff.created");
        return "redirect:/institution/staff";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        NodeScope scope = scopes.of(user);
        StaffMember member = staff.find(id, scope).orElseThrow(NotFound::new);
        YearMonth month = YearMonth.now(clock);
        model.addAttribute("member", member);
        model.addAttribute("account", accounts.find(id).orElse(null));
        model.addAttribute("thisMonth", figures.forManager(id, month));
        model.addAttribute("lastMonth", figures.forManager(id, month.minusMonths(1)));
        model.addAttribute("handovers", handovers.involving(id));
        model.addAttribute("referredCount", referrals.referredBy(id).size());
        model.addAttribute("successors", colleagues.successorsFor(id, scope));
        return "institution/staff-detail";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        NodeScope scope = scopes.of(user);
        StaffMember member = staff.find(id, scope).orElseThrow(NotFound::new);
        model.addAttribute("form", StaffForm.of(member));
        return formView(model, scope, member);
    }

    @PostMapping("/{id}/edit")
    String edit(@PathVariable long id, @Valid @ModelAttribute("form") StaffForm form, BindingResult errors,
                @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        BindingResult binding = Forms.holding(form, errors, model);
        NodeScope scope = scopes.of(user);
        StaffMember member = staff.find(id, scope).orElseThrow(NotFound::new);
        Optional<PhoneNumber> phone = phone(form, binding);
        if (binding.hasErrors()
                || !Forms.attempt(binding, () -> service.edit(scope, id, form.details(phone.get()), user))) {
            return formView(model, scope, member);
        }
        Flash.done(redirect, "staff.updated");
        return "redirect:/institution/staff/" + id;
    }

    private Optional<PhoneNumber> phone(StaffForm form, BindingResult errors) {
        Optional<PhoneNumber> phone = PhoneNumber.parse(form.phone());
        if (phone.isEmpty() && !errors.hasFieldErrors("phone")) {
            errors.rejectValue("phone", "validation.phone.format");
        }
        return phone;
    }

    private Map<Long, AccountView> statuses(List<StaffMember> members) {
        return accounts.findAll(members.stream().map(StaffMember::accountId).toList()).stream()
                .collect(Collectors.toMap(AccountView::id, Function.identity()));
    }

    private String formView(Model model, NodeScope scope, StaffMember member) {
        model.addAttribute("member", member);
        model.addAttribute("nodes", nodes.inScope(scope));
        model.addAttribute("roles", List.of(Role.CUSTOMER_MANAGER, Role.INST_ADMIN));
        return "institution/staff-form";
    }
}
