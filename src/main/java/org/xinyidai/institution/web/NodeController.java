package org.xinyidai.institution.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Optional;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.institution.NodeType;
import org.xinyidai.institution.OrderFigures;
import org.xinyidai.institution.staff.StaffMembers;
import org.xinyidai.institution.tree.Node;
import org.xinyidai.institution.tree.NodeScope;
import org.xinyidai.institution.tree.NodeService;
import org.xinyidai.institution.tree.Nodes;
import org.xinyidai.shared.NotFound;
import org.xinyidai.shared.web.Flash;
import org.xinyidai.shared.web.Forms;
import org.xinyidai.site.SiteApi;

/** 分支机构管理: the branch tree, a node's page with its performance and managers, add / edit / delete. */
@Controller
@RequestMapping("/institution/nodes")
class NodeController {

    private final InstitutionScopes scopes;
    private final Nodes nodes;
    private final NodeService service;
    private final StaffMembers staff;
    private final OrderFigures figures;
    private final SiteApi sites;
    private final Clock clock;

    NodeController(InstitutionScopes scopes, Nodes nodes, NodeService service, StaffMembers staff,
                   OrderFigures figures, SiteApi sites, Clock clock) {
        this.scopes = scopes;
        this.nodes = nodes;
        this.service = service;
        this.staff = staff;
        this.figures = figures;
        this.sites = sites;
        this.clock = clock;
    }

    @GetMapping
    String tree(@AuthenticationPrincipal CurrentUser user, Model model) {
        NodeScope scope = scopes.of(user);
        model.addAttribute("nodes", nodes.inScope(scope));
        model.addAttribute("scope", scope);
        return "institution/nodes";
    }

    @GetMapping("/{id}")
    String node(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        NodeScope scope = scopes.of(user);
        Node node = nodes.find(id, scope).orElseThrow(NotFound::new);
        YearMonth month = YearMonth.now(clock);
        model.addAttribute("node", node);
        model.addAttribute("scope", scope);
        model.addAttribute("thisMonth", figures.forSubtree(scope.institutionId(), node.path(), month));
        model.addAttribute("lastMonth", figures.forSubtree(scope.institutionId(), node.path(), month.minusMonths(1)));
        model.addAttribute("managers", staff.atNode(id, scope));
        return "institution/node";
    }

    @GetMapping("/new")
    String newForm(@RequestParam long parent, @AuthenticationPrincipal CurrentUser user, Model model) {
        Node parentNode = nodes.find(parent, scopes.of(user)).orElseThrow(NotFound::new);
        model.addAttribute("form", NodeForm.under(parentNode));
        return formView(model, parentNode, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") NodeForm form, BindingResult errors,
                  @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        BindingResult binding = Forms.holding(form, errors, model);
        NodeScope scope = scopes.of(user);
        Node parent = form.parentId() == null ? null : nodes.find(form.parentId(), scope).orElse(null);
        if (parent == null) {
            throw new NotFound();
        }
        Optional<Long> created = binding.hasErrors() ? Optional.empty()
                : Forms.attemptAndGet(binding, () -> service.add(scope, parent.id(), form.details(), user));
        if (created.isEmpty()) {
            return formView(model, parent, null);
        }
        Flash.done(redirect, "node.created");
        return "redirect:/institution/nodes/" + created.get();
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        Node node = editable(id, scopes.of(user));
        model.addAttribute("form", NodeForm.of(node));
        return formView(model, null, node);
    }

    @PostMapping("/{id}/edit")
    String edit(@PathVariable long id, @Valid @ModelAttribute("form") NodeForm form, BindingResult errors,
                @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        BindingResult binding = Forms.holding(form, errors, model);
        NodeScope scope = scopes.of(user);
        Node node = editable(id, scope);
        if (binding.hasErrors() || !Forms.attempt(binding, () -> service.edit(scope, id, form.details(), user))) {
            return formView(model, null, node);
        }
        Flash.done(redirect, "node.updated");
        return "redirect:/institution/nodes/" + id;
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        NodeScope scope = scopes.of(user);
        editable(id, scope);
        return Flash.attemptChoosing(redirect, "node.deleted", () -> {
            service.delete(scope, id, user);
            return "redirect:/institution/nodes";
        }, "redirect:/institution/nodes/" + id);
    }

    /** Nodes below the admin's own node; anything else is not theirs to change (404). */
    private Node editable(long id, NodeScope scope) {
        return nodes.find(id, scope).filter(n -> scope.isBelowTop(n.path())).orElseThrow(NotFound::new);
    }

    private String formView(Model model, Node parent, Node node) {
        model.addAttribute("parent", parent);
        model.addAttribute("node", node);
        model.addAttribute("types", new NodeType[] {NodeType.BRANCH, NodeType.SUB_BRANCH, NodeType.OUTLET});
        model.addAttribute("sites", sites.all());
        return "institution/node-form";
    }
}
