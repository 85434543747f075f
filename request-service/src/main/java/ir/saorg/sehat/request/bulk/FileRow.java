package ir.saorg.sehat.request.bulk;

import java.util.List;

/**
 * One row of a bulk file.
 *
 * @param line  where people find it: the CSV line it starts on, or the spreadsheet's row number
 * @param cells its cells in column order, as written (a missing cell is empty)
 */
public record FileRow(int line, List<String> cells) {

    public FileRow {
        cells = List.copyOf(cells);
    }

    public boolean blank() {
        return cells.stream().allMatch(String::isBlank);
    }

    /** The cell in a column (from 0), empty beyond the row's end. */
    public String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }
}
