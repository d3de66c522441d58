package org.xinyidai.credit.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.xinyidai.credit.CreditSource;
import org.xinyidai.credit.data.BatchReport;
import org.xinyidai.credit.data.IngestService;
import org.xinyidai.credit.data.RecordFiles;
import org.xinyidai.credit.data.RecordLayout;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.shared.NotFound;
import org.xinyidai.shared.Refused;

/**
 * 信用数据归集 for the platform admin: one template per source (CSV or Excel) to download, a file to upload with
 * its progress shown, and each batch's report (rows kept, rows not kept with their line and reason).
 */
@Controller
@RequestMapping("/admin/credit")
class CreditDataController {

    private static final int LATEST = 20;
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final IngestService ingest;
    private final MessageSource messages;

    CreditDataController(IngestService ingest, MessageSource messages) {
        this.ingest = ingest;
        this.messages = messages;
    }

    /** A source with its file's columns, for the page. */
    record SourceColumns(CreditSource source, List<String> columns) {
    }

    @GetMapping("/data")
    String page(Model model) {
        model.addAttribute("sources", Arrays.stream(CreditSource.values())
                .map(s -> new SourceColumns(s, RecordLayout.header(s))).toList());
        model.addAttribute("batches", ingest.latest(LATEST));
        return "credit/data";
    }

    @GetMapping("/templates/{code}.csv")
    ResponseEntity<byte[]> csvTemplate(@PathVariable String code) {
        CreditSource source = CreditSource.ofCode(code).orElseThrow(NotFound::new);
        return download(RecordFiles.csvTemplate(source), source.code() + ".csv", new MediaType("text", "csv"));
    }

    @GetMapping("/templates/{code}.xlsx")
    ResponseEntity<byte[]> xlsxTemplate(@PathVariable String code) {
        CreditSource source = CreditSource.ofCode(code).orElseThrow(NotFound::new);
        return download(RecordFiles.xlsxTemplate(source), source.code() + ".xlsx", XLSX);
    }

    /** The upload; by htmx the report replaces the result area, otherwise the report's page follows. */
    @PostMapping("/data")
    String upload(@AuthenticationPrincipal CurrentUser admin, @RequestParam(required = false) String source,
                  @RequestParam(required = false) MultipartFile file,
                  @RequestHeader(value = "HX-Request", required = false) String htmx, Model model, Locale locale) {
        try {
            CreditSource chosen = CreditSource.ofCode(source == null ? "" : source)
                    .orElseThrow(() -> Refused.field("source", "credit.upload.source.invalid"));
            if (file == null || file.isEmpty()) {
                throw Refused.field("file", "credit.upload.empty");
            }
            BatchReport report;
            try (InputStream in = file.getInputStream()) {
                report = ingest.upload(admin, chosen, file.getOriginalFilename(), in);
            }
            if (htmx == null) {
                return "redirect:/admin/credit/batches/" + report.batchId();
            }
            model.addAttribute("report", report);
            return "credit/batch :: report";
        } catch (Refused refused) {
            return refusedPage(refused, htmx, model, locale);
        } catch (IOException unreadable) {
            return refusedPage(Refused.field("file", "credit.upload.unreadable"), htmx, model, locale);
        }
    }

    private String refusedPage(Refused refused, String htmx, Model model, Locale locale) {
        model.addAttribute("uploadError", messages.getMessage(refused.messageKey(), refused.args(), locale));
        return htmx == null ? page(model) : "credit/data :: uploadError";
    }

    @GetMapping("/batches/{id}")
    String batch(@PathVariable long id, Model model) {
        model.addAttribute("report", ingest.report(id).orElseThrow(NotFound::new));
        return "credit/batch";
    }

    private static ResponseEntity<byte[]> download(byte[] body, String name, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
