package ir.saorg.sehat.request.bulk;

import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes a table as an XLSX workbook with POI's streaming writer (a window of rows in memory), one right-to-left
 * sheet with a bold header. Every cell is text, never a formula, and escaped by {@link SafeCell} as in CSV, so that
 * copying it on into CSV stays harmless too.
 */
public final class XlsxTable {

    private static final int ROWS_IN_MEMORY = 200;

    private XlsxTable() {
    }

    public static byte[] write(Table table, String sheetName) {
        try (var workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            SXSSFSheet sheet = workbook.createSheet(sheetName);
            sheet.setRightToLeft(true);
            var bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = row(sheet, 0, table.header());
            header.forEach(cell -> cell.setCellStyle(bold));
            for (int i = 0; i < table.rows().size(); i++) {
                row(sheet, i + 1, table.rows().get(i));
            }
            var out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Row row(SXSSFSheet sheet, int index, List<String> cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.size(); i++) {
            row.createCell(i).setCellValue(SafeCell.of(cells.get(i)));
        }
        return row;
    }
}
