package org.xinyidai.credit.web;

import java.math.BigDecimal;
import java.net.URI;
import java.security.Principal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.xinyidai.credit.CreditSource;
import org.xinyidai.credit.data.BatchReport;
import org.xinyidai.credit.data.Channel;
import org.xinyidai.credit.data.IngestService;
import org.xinyidai.credit.data.RawRow;
import org.xinyidai.credit.data.Rejection;
import org.xinyidai.shared.NotFound;

/**
 * The data-exchange feed: {@code POST /api/credit/feed/{source}} with {@code {"batch": "…", "records": [{…}]}}, each
 * record holding the source's template columns. Answers 200 with the batch's figures when every record was kept,
 * and a 422 problem listing each record not kept (its position from 1, column and reason) when some were not — the
 * others are kept all the same. A batch sent again changes nothing (records are keyed by their source record id).
 */
@RestController
class CreditFeedController {

    /** Records one feed batch may carry. */
    static final int MAX_RECORDS = 50_000;

    private final IngestService ingest;
    private final MessageSource messages;

    CreditFeedController(IngestService ingest, MessageSource messages) {
        this.ingest = ingest;
        this.messages = messages;
    }

    /** What a data-exchange system sends. */
    record FeedBatch(String batch, List<Map<String, Object>> records) {
    }

    @PostMapping(path = "/api/credit/feed/{source}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> receive(@PathVariable String source, @RequestBody FeedBatch body, Principal system,
                              Locale locale) {
        CreditSource chosen = CreditSource.ofCode(source).orElseThrow(NotFound::new);
        if (body.batch() == null || body.batch().isBlank() || body.records() == null || body.records().isEmpty()) {
            return problem(HttpStatus.BAD_REQUEST, message("credit.feed.empty", locale), Map.of());
        }
        if (body.records().size() > MAX_RECORDS) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, message("credit.feed.tooMany", locale, MAX_RECORDS), Map.of());
        }
        List<RawRow> rows = new ArrayList<>(body.records().size());
        for (int i = 0; i < body.records().size(); i++) {
            Map<String, String> values = new HashMap<>();
            Map<String, Object> record = body.records().get(i);
            if (record != null) {
                record.forEach((k, v) -> values.put(k, text(v)));
            }
            rows.add(new RawRow(i + 1, values));
        }
        BatchReport report = ingest.ingest(chosen, Channel.FEED, system.getName() + ":" + body.batch().strip(), null, rows);
        Map<String, Object> figures = Map.of("batchId", report.batchId(), "total", report.total(),
                "added", report.added(), "updated", report.updated(), "unchanged", report.unchanged(),
                "rejectedCount", report.rejected());
        if (report.rejected() == 0) {
            return ResponseEntity.ok(figures);
        }
        Map<String, Object> properties = new HashMap<>(figures);
        properties.put("rejected", report.rejections().stream().map(r -> rejection(r, locale)).toList());
        return problem(HttpStatus.UNPROCESSABLE_CONTENT,
                message("credit.feed.rejected", locale, report.rejected(), report.kept()), properties);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(Locale locale) {
        return problem(HttpStatus.BAD_REQUEST, message("credit.feed.unreadable", locale), Map.of());
    }

    private Map<String, Object> rejection(Rejection r, Locale locale) {
        Map<String, Object> row = new HashMap<>();
        row.put("record", r.line());
        row.put("sourceRecordId", r.sourceRecordId());
        row.put("column", r.column());
        row.put("value", r.value());
        row.put("messageKey", r.reason());
        row.put("reason", message(r.reason(), locale));
        return row;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number number && !(value instanceof Integer || value instanceof Long)) {
            return new BigDecimal(number.toString()).toPlainString();
        }
        return value.toString();
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, Map<String, Object> properties) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/credit-feed"));
        properties.forEach(problem::setProperty);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
