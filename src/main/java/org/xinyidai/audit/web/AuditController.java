package org.xinyidai.audit.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.xinyidai.audit.log.AuditEntries;
import org.xinyidai.audit.log.AuditSearch;
import org.xinyidai.shared.PageRequest;

/** The platform admin's operation log page (操作日志), filterable, newest first. */
@Controller
class AuditController {

    static final int PAGE_SIZE = 20;

    private final AuditEntries entries;

    AuditController(AuditEntries entries) {
        this.entries = entries;
    }

    @GetMapping("/admin/audit")
    String list(@ModelAttribute("filter") AuditSearch filter, @RequestParam(required = false) Integer page,
                Model model, @RequestHeader(value = "HX-Request", required = false) String htmx) {
        model.addAttribute("entries", entries.find(filter, PageRequest.of(page, PAGE_SIZE)));
        model.addAttribute("actions", entries.actions());
        return htmx != null ? "audit/list :: results" : "audit/list";
    }
}
