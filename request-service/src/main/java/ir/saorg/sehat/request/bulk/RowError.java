package ir.saorg.sehat.request.bulk;

import java.util.List;

/**
 * One reason a row was refused.
 *
 * @param id        unique per batch, row and error
 * @param batchId   the batch
 * @param row       the row as the spreadsheet numbers it (the header is usually row 1)
 * @param field     the guide field (or column) at fault; empty when the row as a whole is
 * @param key       the message key in {@code problems*.properties}, e.g. {@code field.national-id}
 * @param arguments the message's arguments
 * @param value     the offending value as uploaded, cut to {@link #MAX_VALUE} characters
 */
public record RowError(String id, String batchId, int row, String field, String key, List<String> arguments,
                       String value) {

    static final int MAX_VALUE = 200;

    public RowError {
        arguments = List.copyOf(arguments);
        value = value == null ? "" : value.length() > MAX_VALUE ? value.substring(0, MAX_VALUE) + "…" : value;
    }
}
