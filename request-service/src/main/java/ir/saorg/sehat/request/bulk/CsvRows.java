package ir.saorg.sehat.request.bulk;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 describes it and spreadsheets write it: cells in double quotes may hold the delimiter, line
 * breaks and doubled quotes; CRLF, LF or CR end a row. The delimiter is whichever of comma, semicolon and tab the
 * header line uses most (some locales' Excel writes semicolons). Forgiving where nothing is ambiguous: a quote inside
 * an unquoted cell, or text after a closing quote, is kept as written. A quote still open at the end of the file is
 * refused, naming the line it opened on.
 */
final class CsvRows {

    private static final char QUOTE = '"';

    private CsvRows() {
    }

    static void read(String text, int maxColumns, RowSink sink) {
        new Parser(text, delimiterOf(text), maxColumns, sink).run();
    }

    static char delimiterOf(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        boolean seenText = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == QUOTE) {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (seenText) {
                    break;
                }
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
            seenText |= !Character.isWhitespace(c);
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    private static final class Parser {

        private final String text;
        private final char delimiter;
        private final int maxColumns;
        private final RowSink sink;
        private final List<String> cells = new ArrayList<>();
        private final StringBuilder cell = new StringBuilder();
        private int line = 1;
        private int rowStart = 1;
        private boolean cellWasQuoted;

        Parser(String text, char delimiter, int maxColumns, RowSink sink) {
            this.text = text;
            this.delimiter = delimiter;
            this.maxColumns = maxColumns;
            this.sink = sink;
        }

        void run() {
            int n = text.length();
            int i = 0;
            while (i < n) {
                char c = text.charAt(i);
                if (c == QUOTE && cell.isEmpty() && !cellWasQuoted) {
                    i = quoted(i + 1);
                } else if (c == delimiter) {
                    endCell();
                    i++;
                } else if (c == '\n' || c == '\r') {
                    endRow();
                    i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
                    line++;
                    rowStart = line;
                } else {
                    cell.append(c);
                    i++;
                }
            }
            if (!cells.isEmpty() || !cell.isEmpty() || cellWasQuoted) {
                endRow();
            }
        }

        /** Reads a quoted cell's content from {@code from}; returns the index after its closing quote. */
        private int quoted(int from) {
            int opened = line;
            int n = text.length();
            int i = from;
            while (i < n) {
                char c = text.charAt(i);
                if (c == QUOTE) {
                    if (i + 1 < n && text.charAt(i + 1) == QUOTE) {
                        cell.append(QUOTE);
                        i += 2;
                        continue;
                    }
                    cellWasQuoted = true;
                    return i + 1;
                }
                if (c == '\n' || c == '\r' && !(i + 1 < n && text.charAt(i + 1) == '\n')) {
                    line++;
                }
                cell.append(c);
                i++;
            }
            throw new BadFileException("bulk-file-unclosed-quote", opened);
        }

        private void endCell() {
            if (cells.size() == maxColumns) {
                throw new BadFileException("bulk-file-too-wide", rowStart, maxColumns);
            }
            cells.add(cell.toString());
            cell.setLength(0);
            cellWasQuoted = false;
        }

        private void endRow() {
            endCell();
            sink.row(new FileRow(rowStart, cells));
            cells.clear();
        }
    }
}
