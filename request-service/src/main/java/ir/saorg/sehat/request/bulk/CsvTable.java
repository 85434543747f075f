package ir.saorg.sehat.request.bulk;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a table as CSV for Excel: UTF-8 with a byte order mark (without one Excel reads UTF-8 Persian as
 * gibberish), CRLF line ends, every cell escaped by {@link SafeCell} and quoted when it must be.
 */
public final class CsvTable {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvTable() {
    }

    public static byte[] write(Table table) {
        var text = new StringBuilder();
        line(text, table.header());
        table.rows().forEach(row -> line(text, row));
        var out = new ByteArrayOutputStream(text.length() * 2 + BOM.length);
        out.writeBytes(BOM);
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static void line(StringBuilder text, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(quoted(SafeCell.of(cells.get(i))));
        }
        text.append("\r\n");
    }

    static String quoted(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0
                && cell.indexOf(';') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
