package org.xinyidai.portal.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.xinyidai.portal.help.HelpArticle;
import org.xinyidai.portal.help.HelpArticles;
import org.xinyidai.portal.help.HelpCategory;
import org.xinyidai.portal.help.HelpKind;
import org.xinyidai.shared.NotFound;

/** 帮助中心: guides by category, the FAQs folded, a search over titles and text, and each article. */
@Controller
class HelpController {

    private static final int QUERY_LIMIT = 50;

    private final HelpArticles articles;

    HelpController(HelpArticles articles) {
        this.articles = articles;
    }

    @GetMapping("/help")
    String help(@RequestParam(required = false) String q, Model model) {
        List<HelpCategory> categories = articles.categories();
        model.addAttribute("categories", categories);
        String query = q == null ? "" : q.strip();
        if (query.length() > QUERY_LIMIT) {
            query = query.substring(0, QUERY_LIMIT);
        }
        model.addAttribute("q", query);
        if (!query.isEmpty()) {
            model.addAttribute("results", articles.search(query));
            return "portal/help";
        }
        List<HelpArticle> published = articles.published();
        Map<Long, List<HelpArticle>> guides = published.stream().filter(a -> a.kind() == HelpKind.ARTICLE)
                .collect(Collectors.groupingBy(HelpArticle::categoryId));
        model.addAttribute("guides", guides);
        model.addAttribute("faqs", published.stream().filter(a -> a.kind() == HelpKind.FAQ).toList());
        return "portal/help";
    }

    @GetMapping("/help/{id}")
    String article(@PathVariable long id, Model model) {
        HelpArticle article = articles.find(id).filter(HelpArticle::published)
                .orElseThrow(NotFound::new);
        model.addAttribute("article", article);
        model.addAttribute("category", articles.categories().stream()
                .filter(c -> c.id() == article.categoryId()).findFirst().orElse(null));
        return "portal/help-article";
    }
}
