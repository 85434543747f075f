package ir.saorg.sehat.request.bulk;

import java.util.EnumSet;
import java.util.Set;

/** Where a bulk file stands. */
public enum BatchStatus {
    /** The file passed its structural checks and is stored; its rows wait to be read. */
    RECEIVED,
    /** Every row is being checked against the type's guide; bad rows are recorded as errors. */
    VALIDATING,
    /** The valid rows are being submitted as requests. */
    SUBMITTING,
    /** Every row is either a request or a recorded error. */
    DONE,
    /** The stored file could not be processed at all (lost, or no longer fits its type); see {@code failure}. */
    FAILED;

    private static final Set<BatchStatus> UNFINISHED = EnumSet.of(RECEIVED, VALIDATING, SUBMITTING);

    /** Statuses a restart must pick up again. */
    public static Set<BatchStatus> unfinished() {
        return UNFINISHED;
    }
}
