package ir.saorg.sehat.request.bulk;

import java.util.ArrayList;
import java.util.List;

/**
 * A bulk file read whole: its header row and its data rows, blank rows left out. Told apart by its first bytes: a
 * zip is XLSX, an OLE2 container is the old XLS (or a password-protected workbook) and refused, anything else is CSV
 * text.
 *
 * @param encoding the CSV's character set (see {@link TextEncoding}); null for XLSX
 */
public record BulkFile(FileFormat format, String encoding, FileRow header, List<FileRow> rows) {

    public BulkFile {
        rows = List.copyOf(rows);
    }

    /**
     * @throws BadFileException when the file is empty, malformed, in an unreadable encoding, wider than
     *                          {@code maxColumns} or longer than {@code maxRows} data rows
     */
    public static BulkFile read(byte[] content, int maxRows, int maxColumns) {
        if (content.length == 0) {
            throw new BadFileException("bulk-file-empty");
        }
        if (TextEncoding.startsWith(content, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            throw new BadFileException("bulk-file-xls");
        }
        var rows = new Collected(maxRows);
        if (TextEncoding.startsWith(content, 'P', 'K', 3, 4)) {
            XlsxRows.read(content, maxColumns, rows);
            return rows.file(FileFormat.XLSX, null);
        }
        TextEncoding.Decoded text = TextEncoding.decode(content);
        CsvRows.read(text.text(), maxColumns, rows);
        return rows.file(FileFormat.CSV, text.encoding());
    }

    private static final class Collected implements RowSink {

        private final int maxRows;
        private final List<FileRow> rows = new ArrayList<>();
        private FileRow header;

        Collected(int maxRows) {
            this.maxRows = maxRows;
        }

        @Override
        public void row(FileRow row) {
            if (row.blank()) {
                return;
            }
            if (header == null) {
                header = row;
                return;
            }
            if (rows.size() == maxRows) {
                throw new BadFileException("bulk-file-too-many-rows", maxRows);
            }
            rows.add(row);
        }

        BulkFile file(FileFormat format, String encoding) {
            if (header == null) {
                throw new BadFileException("bulk-file-empty");
            }
            if (rows.isEmpty()) {
                throw new BadFileException("bulk-file-no-rows");
            }
            return new BulkFile(format, encoding, header, rows);
        }
    }
}
