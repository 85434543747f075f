package ir.saorg.sehat.payment.tariff;

import java.nio.charset.StandardCharsets;

/**
 * Writes a table as CSV that Excel opens with Persian intact (UTF-8 with a byte-order mark) and that can be uploaded
 * again as it is. A cell that would start with {@code = + - @} (which a spreadsheet takes for a formula) gets a
 * single quote in front; reading the file back removes it.
 */
public final class WritingTariffCsv {

    public static final String HEADER = "requestType,amountRials,note";

    private WritingTariffCsv() {
    }

    public static byte[] write(TariffTable table) {
        var csv = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        for (TariffRow row : table.rows()) {
            csv.append(cell(row.requestType())).append(',').append(row.amountRials()).append(',')
                    .append(row.note() == null ? "" : cell(row.note())).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String cell(String text) {
        String safe = !text.isEmpty() && (ReadingCsvTariffs.FORMULA_STARTS.indexOf(text.charAt(0)) >= 0
                || text.charAt(0) == '\t' || text.charAt(0) == '\r') ? "'" + text : text;
        if (safe.contains(",") || safe.contains(";") || safe.contains("\"") || safe.contains("\n")
                || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
