package org.xinyidai.institution.staff.importing;

import java.io.InputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;
import org.xinyidai.audit.OperationLog;
import org.xinyidai.identity.AccountAdministration;
import org.xinyidai.identity.CurrentUser;
import org.xinyidai.identity.Role;
import org.xinyidai.institution.staff.StaffService;
import org.xinyidai.institution.staff.StaffDetails;
import org.xinyidai.institution.tree.Node;
import org.xinyidai.institution.tree.NodeScope;
import org.xinyidai.institution.tree.Nodes;
import org.xinyidai.shared.NotFound;
import org.xinyidai.shared.PhoneNumber;
import org.xinyidai.shared.Refused;

/**
 * 批量新增客户经理: an uploaded workbook is checked row by row (every bad row keeps its row number and
 * reason), the admin sees the report and chooses to import the valid rows, and the import then runs in
 * the background, each row in its own transaction, while the page shows its progress.
 */
@Service
public class StaffImportService {

    private final StaffSpreadsheet spreadsheet;
    private final StaffImports imports;
    private final Nodes nodes;
    private final AccountAdministration accounts;
    private final StaffService staff;
    private final OperationLog operationLog;
    private final MessageSource messages;
    private final TaskExecutor executor;
    private final Clock clock;

    StaffImportService(StaffSpreadsheet spreadsheet, StaffImports imports, Nodes nodes, AccountAdministration accounts,
                       StaffService staff, OperationLog operationLog, MessageSource messages,
                       @Qualifier("applicationTaskExecutor") TaskExecutor executor,
                       Clock clock) {
        this.spreadsheet = spreadsheet;
        this.imports = imports;
        this.nodes = nodes;
        this.accounts = accounts;
        this.staff = staff;
        this.operationLog = operationLog;
        this.messages = messages;
        this.executor = executor;
        this.clock = clock;
    }

    /**
     * Reads and checks an upload and keeps the result; answers the import's id.
     *
     * @throws Refused when the file is not a readable workbook
     */
    public long check(NodeScope scope, String fileName, InputStream content, CurrentUser actor) {
        List<ImportRow> rows = spreadsheet.read(content);
        Map<String, Node> nodesByName = nodes.inScope(scope).stream()
                .collect(Collectors.toMap(Node::name, Function.identity(), (a, b) -> a));
        Set<String> phonesInFile = new HashSet<>();
        List<ImportRow> checked = new ArrayList<>();
        for (ImportRow row : rows) {
            checked.add(checkRow(row, nodesByName, phonesInFile));
        }
        long id = imports.create(scope.institutionId(), actor.accountId(), fileName, checked, OffsetDateTime.now(clock));
        operationLog.record(actor.did("STAFF_IMPORT_CHECK").on("institution_import", id)
                .withDetail(fileName + ": " + checked.size() + " rows, "
                        + checked.stream().filter(ImportRow::valid).count() + " valid"));
        return id;
    }

    public Optional<StaffImports.ImportJob> find(long importId, NodeScope scope) {
        return imports.find(importId, scope.institutionId());
    }

    public List<ImportRow> refusedRows(long importId) {
        return imports.rows(importId, false);
    }

    /** Starts importing the valid rows in the background; refused when the import already ran. */
    public void run(long importId, NodeScope scope, CurrentUser actor) {
        if (imports.find(importId, scope.institutionId()).isEmpty()) {
            throw new NotFound();
        }
        if (!imports.start(importId)) {
            throw new Refused("staff.import.alreadyRun");
        }
        List<ImportRow> rows = imports.rows(importId, true);
        operationLog.record(actor.did("STAFF_IMPORT_RUN").on("institution_import", importId)
                .withDetail(rows.size() + " rows"));
        executor.execute(() -> {
            for (ImportRow row : rows) {
                imports.rowDone(importId, row.rowNo(), importOne(row, scope, actor));
            }
            imports.finish(importId);
        });
    }

    /** Imports one row in its own transaction; answers why it failed, or null. */
    private String importOne(ImportRow row, NodeScope scope, CurrentUser actor) {
        try {
            staff.add(scope, new StaffDetails(row.name(), PhoneNumber.parse(row.phone()).orElseThrow(), row.nodeId(),
                    roleOf(row.role()), blankToNull(row.position()), blankToNull(row.employeeNo())), actor);
            return null;
        } catch (Refused refused) {
            return text(refused.messageKey(), refused.args());
        } catch (RuntimeException e) {
            return text("staff.import.rowFailed");
        }
    }

    private ImportRow checkRow(ImportRow row, Map<String, Node> nodesByName, Set<String> phonesInFile) {
        if (row.name().isEmpty()) {
            return row.refused(text("staff.name.required"));
        }
        if (row.name().length() > 32) {
            return row.refused(text("staff.name.tooLong"));
        }
        Optional<PhoneNumber> phone = PhoneNumber.parse(row.phone());
        if (phone.isEmpty()) {
            return row.refused(text("validation.phone.format"));
        }
        if (!phonesInFile.add(phone.get().value())) {
            return row.refused(text("staff.import.phoneTwice"));
        }
        if (accounts.findIdByPhone(phone.get()).isPresent()) {
            return row.refused(text("staff.phoneTaken"));
        }
        Node node = nodesByName.get(row.nodeName());
        if (node == null) {
            return row.refused(text("staff.import.unknownNode", row.nodeName()));
        }
        if (roleOf(row.role()) == null) {
            return row.refused(text("staff.import.unknownRole", row.role()));
        }
        if (row.position().length() > 32 || row.employeeNo().length() > 32) {
            return row.refused(text("staff.import.fieldTooLong"));
        }
        return new ImportRow(row.rowNo(), row.name(), phone.get().value(), row.nodeName(), row.position(),
                row.employeeNo(), row.role(), node.id(), null);
    }

    static Role roleOf(String text) {
        return switch (text == null ? "" : text.trim()) {
            case "", "客户经理", "CUSTOMER_MANAGER" -> Role.CUSTOMER_MANAGER;
            case "专管员", "INST_ADMIN" -> Role.INST_ADMIN;
            default -> null;
        };
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
