package ir.saorg.sehat.request.bulk;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XlsxRowsTest {

    @Test
    void readsTheFirstSheetRowByRowAsExcelShowsIt() throws IOException {
        byte[] xlsx = workbook(wb -> {
            var sheet = wb.createSheet("students");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("nationalId");
            header.createCell(1).setCellValue("studentNumber");
            header.createCell(2).setCellValue("fullName");
            var student = sheet.createRow(2);
            student.createCell(0).setCellValue(499370899d);
            student.createCell(1).setCellValue(4011234567d);
            student.createCell(2).setCellValue("زهرا احمدی");
            var sparse = sheet.createRow(3);
            sparse.createCell(2).setCellFormula("\"=\"&\"HYPERLINK(1)\"");
            sparse.getCell(2).setCellValue("=HYPERLINK(1)");
            wb.createSheet("ignored").createRow(0).createCell(0).setCellValue("not read");
        });

        List<FileRow> rows = read(xlsx);

        assertThat(rows).extracting(FileRow::line).containsExactly(1, 3, 4);
        assertThat(rows.get(1).cells()).containsExactly("499370899", "4011234567", "زهرا احمدی");
        assertThat(rows.get(2).cells()).containsExactly("", "", "=HYPERLINK(1)");
    }

    @Test
    void readsAWholeFileThroughBulkFile() throws IOException {
        byte[] xlsx = workbook(wb -> {
            var sheet = wb.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("nationalId");
            sheet.createRow(1).createCell(0).setCellValue("0499370899");
        });

        BulkFile file = BulkFile.read(xlsx, 10, 10);

        assertThat(file.format()).isEqualTo(FileFormat.XLSX);
        assertThat(file.header().cells()).containsExactly("nationalId");
        assertThat(file.rows()).extracting(FileRow::cells).containsExactly(List.of("0499370899"));
    }

    @Test
    void refusesADamagedWorkbook() throws IOException {
        byte[] xlsx = workbook(wb -> wb.createSheet().createRow(0).createCell(0).setCellValue("nationalId"));
        byte[] cut = Arrays.copyOf(xlsx, xlsx.length / 2);
        byte[] plainZip = zip("hello.txt", "hi".getBytes());

        assertThatThrownBy(() -> read(cut)).hasMessageContaining("bulk-file-malformed-xlsx");
        assertThatThrownBy(() -> read(plainZip)).hasMessageContaining("bulk-file-malformed-xlsx");
    }

    @Test
    void refusesAZipBomb() throws IOException {
        byte[] xlsx = workbook(wb -> wb.createSheet().createRow(0).createCell(0).setCellValue("nationalId"));
        var bomb = new StringBuilder("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<sheetData>");
        String row = "<row><c t=\"inlineStr\"><is><t>" + "A".repeat(1000) + "</t></is></c></row>";
        while (bomb.length() < 60_000_000) {
            bomb.append(row);
        }
        byte[] bombed = replaced(xlsx, "xl/worksheets/sheet1.xml", bomb.append("</sheetData></worksheet>")
                .toString().getBytes());

        assertThatThrownBy(() -> read(bombed)).hasMessageContaining("bulk-file-expands-too-much");
    }

    @Test
    void refusesTheOldXlsFormat() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0};

        assertThatThrownBy(() -> BulkFile.read(ole2, 10, 10)).hasMessageContaining("bulk-file-xls");
    }

    interface Filling {
        void fill(XSSFWorkbook workbook);
    }

    static byte[] workbook(Filling filling) throws IOException {
        try (var workbook = new XSSFWorkbook()) {
            filling.fill(workbook);
            var out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static List<FileRow> read(byte[] xlsx) {
        List<FileRow> rows = new ArrayList<>();
        XlsxRows.read(xlsx, 100, rows::add);
        return rows;
    }

    private static byte[] zip(String name, byte[] content) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] replaced(byte[] original, String name, byte[] content) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var in = new ZipInputStream(new ByteArrayInputStream(original)); var zip = new ZipOutputStream(out)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(entry.getName().equals(name) ? content : in.readAllBytes());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
