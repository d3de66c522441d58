package org.xinyidai.institution.staff.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import org.xinyidai.shared.Refused;

/**
 * The .xlsx layout of a staff import (批量新增客户经理): the downloadable template, and reading a filled-in
 * file back, row by row, as text.
 */
@Component
public class StaffSpreadsheet {

    static final String[] HEADERS = {"姓名", "手机号", "所属网点", "职务", "工号", "角色（客户经理/专管员）"};
    static final int MAX_ROWS = 5000;

    /** The template with its header row and one example row. */
    public byte[] template(String exampleNodeName) {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("客户经理");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(HEADERS[i]);
                cell.setCellStyle(bold);
                sheet.setColumnWidth(i, 20 * 256);
            }
            Row example = sheet.createRow(1);
            String[] values = {"张三", "13800138000", exampleNodeName, "客户经理", "E0001", "客户经理"};
            for (int i = 0; i < values.length; i++) {
                example.createCell(i).setCellValue(values[i]);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Writing an in-memory workbook failed", e);
        }
    }

    /**
     * Reads the first sheet below its header. Blank rows are skipped.
     *
     * @throws Refused when the upload is not an .xlsx workbook or has too many rows
     */
    public List<ImportRow> read(InputStream in) {
        DataFormatter formatter = new DataFormatter();
        try (Workbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() > MAX_ROWS) {
                throw new Refused("staff.import.tooManyRows");
            }
            List<ImportRow> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                String[] cells = new String[HEADERS.length];
                boolean blank = true;
                for (int c = 0; c < HEADERS.length; c++) {
                    Cell cell = row.getCell(c);
                    cells[c] = cell == null ? "" : formatter.formatCellValue(cell).trim();
                    blank &= cells[c].isEmpty();
                }
                if (!blank) {
                    rows.add(new ImportRow(r + 1, cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], null,
                            null));
                }
            }
            return rows;
        } catch (Refused refused) {
            throw refused;
        } catch (IOException | RuntimeException e) {
            throw new Refused("staff.import.notXlsx");
        }
    }
}
