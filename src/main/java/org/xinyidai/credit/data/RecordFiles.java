package org.xinyidai.credit.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.xinyidai.credit.CreditSource;
import org.xinyidai.shared.Refused;

/**
 * A source's file, CSV (UTF-8, a byte-order mark allowed) or Excel (.xlsx, first sheet): the header row names the
 * columns ({@link RecordLayout}), every further row is a record. A file without a source's columns, empty, or
 * that does not read is refused as a whole; everything else goes row by row to the checks.
 */
public final class RecordFiles {

    /** Rows one upload may hold (bigger deliveries come through the feed or the bulk path). */
    public static final int MAX_ROWS = 200_000;

    private RecordFiles() {
    }

    public static List<RawRow> read(CreditSource source, String fileName, InputStream in) {
        String name = fileName == null ? "" : fileName.toLowerCase();
        try {
            List<List<String>> lines = name.endsWith(".xlsx") ? xlsx(in) : name.endsWith(".csv") ? Csv.parse(in)
                    : null;
            if (lines == null) {
                throw Refused.field("file", "credit.upload.kind");
            }
            return rows(source, lines);
        } catch (IOException | RuntimeException e) {
            if (e instanceof Refused refused) {
                throw refused;
            }
            throw Refused.field("file", "credit.upload.unreadable");
        }
    }

    private static List<RawRow> rows(CreditSource source, List<List<String>> lines) {
        if (lines.size() < 2) {
            throw Refused.field("file", "credit.upload.empty");
        }
        if (lines.size() - 1 > MAX_ROWS) {
            throw Refused.field("file", "credit.upload.tooMany", MAX_ROWS);
        }
        List<String> header = lines.get(0).stream().map(h -> h == null ? "" : h.strip().replace("\uFEFF", "")).toList();
        List<String> missing = RecordLayout.header(source).stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw Refused.field("file", "credit.upload.header", String.join(", ", missing));
        }
        List<RawRow> rows = new ArrayList<>(lines.size());
        for (int i = 1; i < lines.size(); i++) {
            List<String> cells = lines.get(i);
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            Map<String, String> values = new HashMap<>();
            for (int c = 0; c < header.size() && c < cells.size(); c++) {
                values.put(header.get(c), cells.get(c));
            }
            rows.add(new RawRow(i + 1, values));
        }
        return rows;
    }

    private static List<List<String>> xlsx(InputStream in) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            List<List<String>> lines = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        cells.add(text(row.getCell(c)));
                    }
                }
                lines.add(cells);
            }
            return lines;
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> null;
        };
    }

    /** The CSV template of a source: its header line (UTF-8 with a byte-order mark, so Excel reads the Chinese). */
    public static byte[] csvTemplate(CreditSource source) {
        return ("\uFEFF" + String.join(",", RecordLayout.header(source)) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The Excel template of a source: the header row on a sheet named for the source. */
    public static byte[] xlsxTemplate(CreditSource source) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(source.code());
            Row header = sheet.createRow(0);
            List<String> columns = RecordLayout.header(source);
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c).setCellValue(columns.get(c));
                sheet.setColumnWidth(c, 22 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
