package org.kondens.core.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Writes a {@link Tables.Table} as an Excel sheet (frozen, filterable header) or as CSV. */
final class Sheets {

    private static final int MAX_WIDTH = 50;

    private Sheets() {
    }

    static void xlsx(String sheetName, Tables.Table table, java.time.Instant time, OutputStream out) throws IOException {
        // Streaming workbook: rows go to disk as they are made, so 5,000 units take little memory and time.
        PoiTempFiles.keepPrivate();
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        try {
            SXSSFSheet sheet = wb.createSheet(org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(sheetName));
            Font boldFont = wb.createFont();
            boldFont.setBold(true);
            CellStyle bold = wb.createCellStyle();
            bold.setFont(boldFont);
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
            List<List<Object>> rows = table.rows();
            int cols = rows.get(0).size();
            int[] widths = new int[cols];
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object v = rows.get(r).get(c);
                    Cell cell = row.createCell(c);
                    if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else {
                        cell.setCellValue(v == null ? "" : v.toString());
                    }
                    if (r == 0 || table.emphasised().contains(r)) {
                        cell.setCellStyle(bold);
                    } else if (v instanceof String s && s.length() > MAX_WIDTH) {
                        cell.setCellStyle(wrap);
                    }
                    widths[c] = Math.max(widths[c], Math.min(MAX_WIDTH, String.valueOf(v).length() + 2));
                }
            }
            for (int c = 0; c < cols; c++) {
                sheet.setColumnWidth(c, Math.max(8, widths[c]) * 256); // width in 1/256 of a character; no font metrics needed
            }
            sheet.createFreezePane(0, 1);
            // Printed (or saved as PDF): landscape, one page wide, the header on every page.
            sheet.getPrintSetup().setLandscape(true);
            sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
            sheet.setAutoFilter(new CellRangeAddress(0, rows.size() - 1, 0, cols - 1));
            var core = wb.getXSSFWorkbook().getProperties().getCoreProperties();
            core.setCreator("Kondens");
            core.setCreated(java.util.Optional.of(java.util.Date.from(time))); // the same project gives the same file
            core.setModified(java.util.Optional.of(java.util.Date.from(time)));
            wb.write(out);
        } finally {
            wb.close();
            wb.dispose();
        }
    }

    /** CSV in UTF-8 with a byte-order mark, so Excel reads æøå right; quotes where needed. */
    static void csv(Tables.Table table, char separator, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        for (List<Object> row : table.rows()) {
            for (int c = 0; c < row.size(); c++) {
                if (c > 0) {
                    w.write(separator);
                }
                w.write(field(row.get(c) == null ? "" : row.get(c).toString(), separator));
            }
            w.write("\r\n");
        }
        w.flush();
    }

    private static String field(String s, char separator) {
        if (s.indexOf(separator) >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
