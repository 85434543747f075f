package ir.saorg.sehat.request.bulk;

import java.util.List;

/** The errors of each batch's rows. */
public interface RowErrors {

    /** Stores the errors; one already stored (same id) is kept as it is. */
    void addAll(List<RowError> errors);

    /** Forgets a batch's errors, before its rows are checked again. */
    void clear(String batchId);

    /** A batch's errors by row. */
    List<RowError> of(String batchId);
}
