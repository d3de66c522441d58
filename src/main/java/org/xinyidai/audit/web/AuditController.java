package org.xinyidai.audit.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;

/** The platform admin's operation log page (操作日志), filterable, newest first. */
@Controller
class AuditController {

    private final AuditEntries entries;

    AuditController(AuditEntries entries) {
        this.entries = entries;
    }

    @GetMapping("/admin/audit")
    String list(@ModelAttribute("filter") AuditFilter filter, Model model,
                @RequestHeader(value = "HX-Request", required = false) String htmx) {
        long total = entries.count(filter);
        model.addAttribute("entries", entries.find(filter));
        model.addAttribute("actions", entries.actions());
        model.addAttribute("total", total);
        model.addAttribute("page", filter.pageOrFirst());
        model.addAttribute("pages", Math.max(1, (total + AuditFilter.PAGE_SIZE - 1) / AuditFilter.PAGE_SIZE));
        return htmx != null ? "audit/list :: results" : "audit/list";
    }
}
