package ir.saorg.sehat.request.bulk;

import java.util.List;

/** A report as rows of text under a header, ready to be written as CSV or XLSX. */
public record Table(List<String> header, List<List<String>> rows) {

    public Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }
}
