package org.xinyidai.institution.web;

import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.institution.staff.importing.StaffImportService;
import org.xinyidai.institution.staff.importing.StaffSpreadsheet;
import org.xinyidai.institution.tree.NodeScope;
import org.xinyidai.institution.tree.Nodes;
import org.xinyidai.shared.NotFound;
import org.xinyidai.shared.Refused;
import org.xinyidai.shared.web.Flash;

/** 批量新增客户经理: template download, upload and check, the report of bad rows, the import with progress. */
@Controller
@RequestMapping("/institution/staff/import")
class StaffImportController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** The length of institution_import.file_name. */
    private static final int FILE_NAME_MAX = 128;

    private final InstitutionScopes scopes;
    private final StaffImportService imports;
    private final StaffSpreadsheet spreadsheet;
    private final Nodes nodes;

    StaffImportController(InstitutionScopes scopes, StaffImportService imports, StaffSpreadsheet spreadsheet,
                          Nodes nodes) {
        this.scopes = scopes;
        this.imports = imports;
        this.spreadsheet = spreadsheet;
        this.nodes = nodes;
    }

    @GetMapping
    String upload() {
        return "institution/staff-import";
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> template(@AuthenticationPrincipal CurrentUser user) {
        NodeScope scope = scopes.of(user);
        String example = nodes.inScope(scope).get(0).name();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"staff-import-template.xlsx\"")
                .header(HttpHeaders.CONTENT_TYPE, XLSX)
                .body(spreadsheet.template(example));
    }

    @PostMapping
    String check(@RequestParam("file") MultipartFile file, @AuthenticationPrincipal CurrentUser user,
                 RedirectAttributes redirect) throws IOException {
        if (file.isEmpty()) {
            Flash.refused(redirect, new Refused("staff.import.fileRequired"));
            return "redirect:/institution/staff/import";
        }
        try {
            long id = imports.check(scopes.of(user), fileName(file), file.getInputStream(), user);
            return "redirect:/institution/staff/import/" + id;
        } catch (Refused refused) {
            Flash.refused(redirect, refused);
            return "redirect:/institution/staff/import";
        }
    }

    /**
     * The name the browser sent, as the report shows it: without control characters (PostgreSQL refuses a NUL)
     * and at most the column's 128 characters, keeping the end with the extension.
     */
    static String fileName(MultipartFile file) {
        String sent = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        String name = sent.replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            return "upload.xlsx";
        }
        return name.length() <= FILE_NAME_MAX ? name : name.substring(name.length() - FILE_NAME_MAX);
    }

    @GetMapping("/{id}")
    String report(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        NodeScope scope = scopes.of(user);
        model.addAttribute("job", imports.find(id, scope).orElseThrow(NotFound::new));
        model.addAttribute("refused", imports.refusedRows(id));
        return "institution/staff-import-report";
    }

    @PostMapping("/{id}/run")
    String run(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        NodeScope scope = scopes.of(user);
        try {
            imports.run(id, scope, user);
        } catch (Refused refused) {
            Flash.refused(redirect, refused);
        }
        return "redirect:/institution/staff/import/" + id;
    }

    /** htmx: the progress bar, polled until the import is done. */
    @GetMapping("/{id}/progress")
    String progress(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        NodeScope scope = scopes.of(user);
        model.addAttribute("job", imports.find(id, scope).orElseThrow(NotFound::new));
        model.addAttribute("refused", imports.refusedRows(id));
        return "institution/staff-import-report :: progress";
    }
}
