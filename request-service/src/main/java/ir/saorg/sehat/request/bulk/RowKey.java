package ir.saorg.sehat.request.bulk;

import java.util.OptionalInt;

/**
 * The idempotency key a row is submitted under: {@code bulk:<batch id>:<row>}. The batch id stands for the
 * university, the type and the file's SHA-256, so uploading the same file again, or picking a batch up after a crash,
 * finds the requests already made instead of making new ones. The row is read back from the key (intake stores it
 * prefixed with the submitter) to put each request on its row in the codes report.
 */
final class RowKey {

    private static final String PREFIX = "bulk:";

    private RowKey() {
    }

    static String of(String batchId, int row) {
        return PREFIX + batchId + ":" + row;
    }

    static OptionalInt rowOf(String storedKey) {
        if (storedKey == null || !storedKey.contains(PREFIX)) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(storedKey.substring(storedKey.lastIndexOf(':') + 1)));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
