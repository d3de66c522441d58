package org.xinyidai.institution.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.YearMonth;
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
        Node node = nodes.find(id, scope).orElseThrow(InstitutionScopes::notFound);
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
        NodeScope scope = scopes.of(user);
        Node parentNode = nodes.find(parent, scope).orElseThrow(InstitutionScopes::notFound);
        NodeForm form = new NodeForm();
        form.setParentId(parentNode.id());
        form.setType(parentNode.type() == NodeType.HEAD_OFFICE ? NodeType.BRANCH : NodeType.SUB_BRANCH);
        model.addAttribute("form", form);
        return formView(model, parentNode, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") NodeForm form, BindingResult errors,
                  @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        NodeScope scope = scopes.of(user);
        Node parent = form.getParentId() == null ? null : nodes.find(form.getParentId(), scope).orElse(null);
        if (parent == null) {
            throw InstitutionScopes.notFound();
        }
        checkDistrict(form, errors);
        if (!errors.hasErrors()) {
            NodeService.Outcome outcome = service.add(scope, parent.id(), form.details(), user);
            if (outcome.done()) {
                redirect.addFlashAttribute("flash", "node.created");
                return "redirect:/institution/nodes/" + outcome.nodeId();
            }
            errors.rejectValue(outcome.messageKey().equals("node.nameTaken") ? "name" : "type", outcome.messageKey());
        }
        return formView(model, parent, null);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        NodeScope scope = scopes.of(user);
        Node node = editable(id, scope);
        NodeForm form = new NodeForm();
        form.setName(node.name());
        form.setType(node.type());
        form.setRegionCode(node.regionCode());
        form.setAddress(node.address());
        form.setContactName(node.contactName());
        form.setContactPhone(node.contactPhone());
        model.addAttribute("form", form);
        return formView(model, null, node);
    }

    @PostMapping("/{id}/edit")
    String edit(@PathVariable long id, @Valid @ModelAttribute("form") NodeForm form, BindingResult errors,
                @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        NodeScope scope = scopes.of(user);
        Node node = editable(id, scope);
        checkDistrict(form, errors);
        if (!errors.hasErrors()) {
            NodeService.Outcome outcome = service.edit(scope, id, form.details(), user);
            if (outcome.done()) {
                redirect.addFlashAttribute("flash", "node.updated");
                return "redirect:/institution/nodes/" + id;
            }
            errors.rejectValue(outcome.messageKey().equals("node.nameTaken") ? "name" : "type", outcome.messageKey());
        }
        return formView(model, null, node);
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        NodeScope scope = scopes.of(user);
        editable(id, scope);
        NodeService.Outcome outcome = service.delete(scope, id, user);
        if (outcome.done()) {
            redirect.addFlashAttribute("flash", "node.deleted");
            return "redirect:/institution/nodes";
        }
        redirect.addFlashAttribute("flashError", outcome.messageKey());
        return "redirect:/institution/nodes/" + id;
    }

    /** A node's district is one of the sites' districts (the list the form offers), or none. */
    private void checkDistrict(NodeForm form, BindingResult errors) {
        String code = form.getRegionCode();
        if (code != null && !code.isBlank() && !errors.hasFieldErrors("regionCode") && !sites.isDistrict(code.trim())) {
            errors.rejectValue("regionCode", "node.region.unknown");
        }
    }

    /** Nodes below the admin's own node; anything else is not theirs to change (404). */
    private Node editable(long id, NodeScope scope) {
        return nodes.find(id, scope).filter(n -> scope.isBelowTop(n.path())).orElseThrow(InstitutionScopes::notFound);
    }

    private String formView(Model model, Node parent, Node node) {
        model.addAttribute("parent", parent);
        model.addAttribute("node", node);
        model.addAttribute("types", new NodeType[] {NodeType.BRANCH, NodeType.SUB_BRANCH, NodeType.OUTLET});
        model.addAttribute("sites", sites.all());
        return "institution/node-form";
    }
}
