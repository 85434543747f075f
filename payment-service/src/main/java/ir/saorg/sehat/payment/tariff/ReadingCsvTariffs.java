package ir.saorg.sehat.payment.tariff;

import ir.saorg.sehat.platform.text.PersianText;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a CSV table: a header row, then one row per request type. The header names the columns, in any order:
 * {@code requestType,amountRials} and optionally {@code note}, or in Persian
 * {@code نوع درخواست,مبلغ (ریال)} and optionally {@code توضیح}. Cells are separated by {@code ,} or {@code ;} (or a
 * tab), whichever the header uses; a cell in double quotes may contain separators, quotes (doubled) and line breaks.
 * Blank lines are ignored. Rows are numbered by the line they start on, as a spreadsheet shows them.
 */
final class ReadingCsvTariffs {

    enum Column {
        REQUEST_TYPE("requestType"), AMOUNT("amountRials"), NOTE("note");

        final String name;

        Column(String name) {
            this.name = name;
        }
    }

    private static final Map<String, Column> HEADERS = Map.of(
            "requesttype", Column.REQUEST_TYPE, "نوعدرخواست", Column.REQUEST_TYPE,
            "amountrials", Column.AMOUNT, "مبلغ(ریال)", Column.AMOUNT,
            "note", Column.NOTE, "توضیح", Column.NOTE, "توضیحات", Column.NOTE);

    /** Characters that start a spreadsheet formula; {@link WritingTariffCsv} puts a quote before them. */
    static final String FORMULA_STARTS = "=+-@";

    private record Record(int line, List<String> cells) {

        String cell(int index) {
            return index < cells.size() ? cells.get(index) : null;
        }

        boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    private ReadingCsvTariffs() {
    }

    static List<TariffFileRow> read(String text, List<TariffFileError> errors) {
        char separator = separatorOf(text);
        List<Record> records = records(text, separator, errors).stream().filter(r -> !r.isBlank()).toList();
        if (records.isEmpty()) {
            return List.of();
        }
        Record header = records.getFirst();
        Map<Column, Integer> columns = columns(header, errors);
        if (columns == null) {
            return List.of();
        }
        var rows = new ArrayList<TariffFileRow>();
        for (Record record : records.subList(1, records.size())) {
            long cellsBeyond = record.cells().stream().skip(header.cells().size()).filter(c -> !c.isBlank()).count();
            if (cellsBeyond > 0) {
                errors.add(TariffFileError.atRow(record.line(), "cells", "tariff.csv-too-many-cells",
                        header.cells().size()));
                continue;
            }
            Integer note = columns.get(Column.NOTE);
            rows.add(new TariffFileRow(record.line(), record.cell(columns.get(Column.REQUEST_TYPE)),
                    record.cell(columns.get(Column.AMOUNT)), note == null ? null : unneutralised(record.cell(note))));
        }
        return rows;
    }

    /** The columns the header names, or null (with the errors added) if it is not a header we read. */
    private static Map<Column, Integer> columns(Record header, List<TariffFileError> errors) {
        var columns = new EnumMap<Column, Integer>(Column.class);
        int before = errors.size();
        for (int i = 0; i < header.cells().size(); i++) {
            String cell = header.cells().get(i);
            if (cell.isBlank()) {
                continue;
            }
            Column column = HEADERS.get(headerKey(cell));
            if (column == null) {
                errors.add(TariffFileError.atRow(header.line(), "header", "tariff.header-unknown-column",
                        cell.strip()));
            } else if (columns.putIfAbsent(column, i) != null) {
                errors.add(TariffFileError.atRow(header.line(), "header", "tariff.header-duplicate-column",
                        cell.strip()));
            }
        }
        for (Column required : List.of(Column.REQUEST_TYPE, Column.AMOUNT)) {
            if (!columns.containsKey(required)) {
                errors.add(TariffFileError.atRow(header.line(), "header", "tariff.header-missing-column",
                        required.name));
            }
        }
        return errors.size() == before ? columns : null;
    }

    private static String headerKey(String cell) {
        return PersianText.normalise(cell).replaceAll("[\\s\u200C\u200D\u200E\u200F\u0640]", "")
                .toLowerCase(Locale.ROOT);
    }

    /** A note this service wrote with a quote before a formula character gets its own text back. */
    private static String unneutralised(String note) {
        if (note != null && note.length() > 1 && note.charAt(0) == '\''
                && FORMULA_STARTS.indexOf(note.charAt(1)) >= 0) {
            return note.substring(1);
        }
        return note;
    }

    /** The separator the first non-blank line uses most, outside quotes: comma, semicolon or tab. */
    private static char separatorOf(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        boolean seenContent = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (seenContent) {
                    break;
                }
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
            seenContent |= !Character.isWhitespace(c);
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    private static List<Record> records(String text, char separator, List<TariffFileError> errors) {
        var records = new ArrayList<Record>();
        var cells = new ArrayList<String>();
        var cell = new StringBuilder();
        boolean inQuotes = false;
        int line = 1;
        int start = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
            if (inQuotes) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    inQuotes = false;
                } else {
                    cell.append(c);
                    line += lineBreak ? 1 : 0;
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                cell.setLength(0);
                inQuotes = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && !lineBreak) {
                continue;
            } else if (lineBreak) {
                cells.add(cell.toString());
                records.add(new Record(start, List.copyOf(cells)));
                cells.clear();
                cell.setLength(0);
                line++;
                start = line;
            } else {
                cell.append(c);
            }
        }
        if (inQuotes) {
            errors.add(TariffFileError.atRow(start, "file", "tariff.csv-unclosed-quote"));
            return List.of();
        }
        if (!cells.isEmpty() || !cell.isEmpty()) {
            cells.add(cell.toString());
            records.add(new Record(start, List.copyOf(cells)));
        }
        return records;
    }
}
