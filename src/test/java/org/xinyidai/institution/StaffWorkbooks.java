package org.xinyidai.institution;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Staff import workbooks for the browser tests. */
public final class StaffWorkbooks {

    private StaffWorkbooks() {
    }

    /** 50 rows: 47 good, row 5 a bad phone, row 9 an unknown branch, row 12 a phone used twice. */
    public static Path fiftyManagersWithThreeBadRows(String nodeName) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            Row header = sheet.createRow(0);
            String[] headers = {"姓名", "手机号", "所属网点", "职务", "工号", "角色"};
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            String repeated = InstitutionFixtures.newPhone();
            for (int i = 1; i <= 50; i++) {
                int excelRow = i + 1;
                String phone = excelRow == 5 ? "12345" : excelRow == 12 ? repeated
                        : excelRow == 3 ? repeated : InstitutionFixtures.newPhone();
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue("导入经理" + i);
                row.createCell(1).setCellValue(phone);
                row.createCell(2).setCellValue(excelRow == 9 ? "不存在的支行" : nodeName);
                row.createCell(3).setCellValue("客户经理");
                row.createCell(4).setCellValue("IMP" + i);
                row.createCell(5).setCellValue("客户经理");
            }
            workbook.write(out);
            Path file = Files.createTempFile("managers", ".xlsx");
            Files.write(file, out.toByteArray());
            return file;
        }
    }
}
