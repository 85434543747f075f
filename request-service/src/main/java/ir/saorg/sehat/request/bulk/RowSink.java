package ir.saorg.sehat.request.bulk;

/** Takes the rows a reader finds, one at a time; may stop the reading by throwing {@link BadFileException}. */
@FunctionalInterface
interface RowSink {

    void row(FileRow row);
}
