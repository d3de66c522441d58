package org.xinyidai.portal.web;

import jakarta.validation.Valid;
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
import org.xinyidai.portal.help.HelpArticle;
import org.xinyidai.portal.help.HelpArticles;
import org.xinyidai.portal.help.HelpKind;
import org.xinyidai.portal.help.HelpService;
import org.xinyidai.shared.NotFound;
import org.xinyidai.shared.web.Flash;
import org.xinyidai.shared.web.Forms;

/** 帮助文章管理: the list, new and edit (HTML sanitised on save), publish / unpublish, delete. */
@Controller
@RequestMapping("/admin/help")
class HelpAdminController {

    private static final String FORM = "portal/help-form";

    private final HelpArticles articles;
    private final HelpService service;

    HelpAdminController(HelpArticles articles, HelpService service) {
        this.articles = articles;
        this.service = service;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("articles", articles.all());
        model.addAttribute("categories", articles.categories());
        return "portal/help-admin";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", HelpArticleForm.blank());
        return formView(model, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") HelpArticleForm form, BindingResult errors,
                  @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        BindingResult binding = Forms.holding(form, errors, model);
        service.screen(form.categoryId()).forEach(problem -> Forms.reject(binding, problem));
        if (binding.hasErrors() || !Forms.attempt(binding, () -> service.create(form.draft(), user))) {
            return formView(model, null);
        }
        Flash.done(redirect, "help.admin.created");
        return "redirect:/admin/help";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        HelpArticle article = existing(id);
        model.addAttribute("form", HelpArticleForm.of(article));
        return formView(model, article);
    }

    @PostMapping("/{id}/edit")
    String edit(@PathVariable long id, @Valid @ModelAttribute("form") HelpArticleForm form, BindingResult errors,
                @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        HelpArticle article = existing(id);
        BindingResult binding = Forms.holding(form, errors, model);
        service.screen(form.categoryId()).forEach(problem -> Forms.reject(binding, problem));
        if (binding.hasErrors() || !Forms.attempt(binding, () -> service.update(id, form.draft(), user))) {
            return formView(model, article);
        }
        Flash.done(redirect, "help.admin.updated");
        return "redirect:/admin/help";
    }

    @PostMapping("/{id}/publish")
    String publish(@PathVariable long id, @RequestParam boolean published, @AuthenticationPrincipal CurrentUser user,
                   RedirectAttributes redirect) {
        existing(id);
        service.publish(id, published, user);
        Flash.done(redirect, published ? "help.admin.published" : "help.admin.unpublished");
        return "redirect:/admin/help";
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        existing(id);
        service.delete(id, user);
        Flash.done(redirect, "help.admin.deleted");
        return "redirect:/admin/help";
    }

    private HelpArticle existing(long id) {
        return articles.find(id).orElseThrow(NotFound::new);
    }

    private String formView(Model model, HelpArticle article) {
        model.addAttribute("article", article);
        model.addAttribute("categories", articles.categories());
        model.addAttribute("kinds", HelpKind.values());
        return FORM;
    }
}
