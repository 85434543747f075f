package ir.saorg.sehat.request.bulk;

/** The kinds of bulk file accepted, told apart by their first bytes rather than by their names. */
public enum FileFormat {
    CSV, XLSX
}
