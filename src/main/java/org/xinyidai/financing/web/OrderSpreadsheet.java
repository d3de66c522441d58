package org.xinyidai.financing.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.xinyidai.financing.order.Order;

/** 导出: the order list as an Excel workbook, headings and statuses in the reader's language. */
@Component
class OrderSpreadsheet {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final List<String> HEADINGS = List.of("order.no", "order.enterprise", "order.product",
            "order.amountWan", "order.termMonths", "order.statusLabel", "order.node", "order.manager",
            "order.contact", "order.submittedAt");

    private final MessageSource messages;

    OrderSpreadsheet(MessageSource messages) {
        this.messages = messages;
    }

    byte[] write(List<Order> orders, Map<Long, String> nodeNames, Locale locale) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(messages.getMessage("order.list.title", null, locale));
            Row heading = sheet.createRow(0);
            for (int c = 0; c < HEADINGS.size(); c++) {
                heading.createCell(c).setCellValue(messages.getMessage(HEADINGS.get(c), null, locale));
            }
            int r = 1;
            for (Order o : orders) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(o.orderNo());
                row.createCell(1).setCellValue(o.enterpriseName());
                row.createCell(2).setCellValue(o.productName() == null ? "" : o.productName());
                row.createCell(3).setCellValue(o.amountWan().doubleValue());
                row.createCell(4).setCellValue(o.termMonths());
                row.createCell(5).setCellValue(messages.getMessage(o.status().labelKey(), null, locale));
                row.createCell(6).setCellValue(nodeNames.getOrDefault(o.nodeId(), ""));
                row.createCell(7).setCellValue(o.managerName() == null ? "" : o.managerName());
                row.createCell(8).setCellValue(o.contactName() + " " + o.maskedContactPhone());
                row.createCell(9).setCellValue(o.submittedAt().format(TIME));
            }
            for (int c = 0; c < HEADINGS.size(); c++) {
                sheet.autoSizeColumn(c);
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
