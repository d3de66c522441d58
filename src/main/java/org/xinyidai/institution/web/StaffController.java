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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinyidai.identity.AccountAdministration;
import org.xinyidai.identity.AccountAdministration.AccountView;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.Role;
import org.xinyidai.institution.OrderFigures;
import org.xinyidai.institution.staff.Handovers;
import org.xinyidai.institution.staff.StaffFilter;
import org.xinyidai.institution.staff.StaffMember;
import org.xinyidai.institution.staff.StaffMembers;
import org.xinyidai.institution.staff.StaffService;
import org.xinyidai.institution.tree.NodeScope;
import org.xinyidai.institution.tree.Nodes;
import org.xinyidai.shared.PhoneNumber;

/** 客户经理管理: the list with its filters, add, edit, the detail page with performance and handovers. */
@Controller
@RequestMapping("/institution/staff")
class StaffController {

    private final InstitutionScopes scopes;
    private final StaffMembers staff;
    private final StaffService service;
    private final Nodes nodes;
    private final Handovers handovers;
    private final AccountAdministration accounts;
    private final OrderFigures figures;
    private final Clock clock;

    StaffController(InstitutionScopes scopes, StaffMembers staff, StaffService service, Nodes nodes,
                    Handovers handovers, AccountAdministration accounts, OrderFigures figures, Clock clock) {
        this.scopes = scopes;
        this.staff = staff;
        this.service = service;
        this.nodes = nodes;
        this.handovers = handovers;
        this.accounts = accounts;
        this.figures = figures;
        this.clock = clock;
    }

    @GetMapping
    String list(@ModelAttribute("filter") StaffFilter filter, @AuthenticationPrincipal CurrentUser user, Model model,
                @RequestHeader(value = "HX-Request", required = false) String htmx) {
        NodeScope scope = scopes.of(user);
        List<StaffMember> members = staff.search(filter, scope);
        long total = staff.count(filter, scope);
        model.addAttribute("members", members);
        model.addAttribute("statuses", statuses(members));
        model.addAttribute("total", total);
        model.addAttribute("page", filter.pageOrFirst());
        model.addAttribute("pages", Math.max(1, (total + StaffFilter.PAGE_SIZE - 1) / StaffFilter.PAGE_SIZE));
        model.addAttribute("nodes", nodes.inScope(scope));
        model.addAttribute("roles", List.of(Role.CUSTOMER_MANAGER, Role.INST_ADMIN, Role.INST_HQ_ADMIN));
        model.addAttribute("approvals", StaffMember.Approval.values());
        model.addAttribute("works", StaffMember.WorkStatus.values());
        return htmx != null ? "institution/staff-list :: results" : "institution/staff-list";
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("form", new StaffForm());
        return formView(model, scopes.of(user), null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") StaffForm form, BindingResult errors,
                  @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        NodeScope scope = scopes.of(user);
        Optional<PhoneNumber> phone = phone(form, errors);
        if (!errors.hasErrors()) {
            StaffService.Outcome outcome = service.add(scope, form.details(phone.get()), user);
            if (outcome.done()) {
                redirect.addFlashAttribute("flash", form.getRole() == Role.CUSTOMER_MANAGER
                        ? "staff.created.pending" : "staff.created");
                return "redirect:/institution/staff";
            }
            errors.rejectValue(outcome.field(), outcome.messageKey());
        }
        return formView(model, scope, null);
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        NodeScope scope = scopes.of(user);
        StaffMember member = staff.find(id, scope).orElseThrow(InstitutionScopes::notFound);
        YearMonth month = YearMonth.now(clock);
        model.addAttribute("member", member);
        model.addAttribute("account", accounts.find(id).orElse(null));
        model.addAttribute("thisMonth", figures.forManager(id, month));
        model.addAttribute("lastMonth", figures.forManager(id, month.minusMonths(1)));
        model.addAttribute("handovers", handovers.involving(id));
        model.addAttribute("referredCount", handovers.referredBy(id).size());
        model.addAttribute("successors", service.successorsFor(id, scope));
        return "institution/staff-detail";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        NodeScope scope = scopes.of(user);
        StaffMember member = staff.find(id, scope).orElseThrow(InstitutionScopes::notFound);
        StaffForm form = new StaffForm();
        form.setName(member.name());
        form.setPhone(member.phone());
        form.setNodeId(member.nodeId());
        form.setRole(member.role());
        form.setPosition(member.position());
        form.setEmployeeNo(member.employeeNo());
        model.addAttribute("form", form);
        return formView(model, scope, member);
    }

    @PostMapping("/{id}/edit")
    String edit(@PathVariable long id, @Valid @ModelAttribute("form") StaffForm form, BindingResult errors,
                @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        NodeScope scope = scopes.of(user);
        StaffMember member = staff.find(id, scope).orElseThrow(InstitutionScopes::notFound);
        form.setRole(member.role() == Role.INST_HQ_ADMIN ? Role.INST_ADMIN : member.role());
        Optional<PhoneNumber> phone = phone(form, errors);
        if (!errors.hasErrors()) {
            StaffService.Outcome outcome = service.edit(scope, id, form.details(phone.get()), user);
            if (outcome.done()) {
                redirect.addFlashAttribute("flash", "staff.updated");
                return "redirect:/institution/staff/" + id;
            }
            errors.rejectValue(outcome.field(), outcome.messageKey());
        }
        return formView(model, scope, member);
    }

    private Optional<PhoneNumber> phone(StaffForm form, BindingResult errors) {
        Optional<PhoneNumber> phone = PhoneNumber.parse(form.getPhone());
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
