package ir.saorg.sehat.request.bulk;

import ir.saorg.sehat.platform.text.CodeGroups;
import ir.saorg.sehat.request.bulk.BatchRequests.RequestOfBatch;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** A batch's two reports: why rows were refused, and what became of the rows that became requests. */
public class BatchReports {

    static final Locale PERSIAN = Locale.forLanguageTag("fa");

    private final RowErrors rowErrors;
    private final BatchRequests requests;
    private final Messages messages;

    public BatchReports(RowErrors rowErrors, BatchRequests requests, Messages messages) {
        this.rowErrors = rowErrors;
        this.requests = requests;
        this.messages = messages;
    }

    /** The texts of row errors, by key, in a language. */
    @FunctionalInterface
    public interface Messages {

        String message(String key, List<String> arguments, Locale locale);
    }

    /** Row, field, the message in Persian and in English, and the value as uploaded. */
    public Table errors(String batchId) {
        List<List<String>> rows = rowErrors.of(batchId).stream()
                .sorted(Comparator.comparingInt(RowError::row).thenComparing(RowError::id))
                .map(e -> List.of(String.valueOf(e.row()), e.field(),
                        messages.message(e.key(), e.arguments(), PERSIAN),
                        messages.message(e.key(), e.arguments(), Locale.ENGLISH), e.value()))
                .toList();
        return new Table(List.of("row", "field", "messageFa", "messageEn", "value"), rows);
    }

    /** One line per request made from the batch, by row: the student, the request and its code once issued. */
    public Table codes(String batchId) {
        List<List<String>> rows = requests.of(batchId).stream()
                .sorted(Comparator.comparingInt(BatchReports::rowOf))
                .map(r -> List.of(String.valueOf(rowOf(r)), r.fields().getOrDefault("nationalId", ""),
                        r.fields().getOrDefault("studentNumber", ""), r.fields().getOrDefault("fullName", ""),
                        r.id(), r.status(), r.code() == null ? "" : CodeGroups.of(r.code())))
                .toList();
        return new Table(List.of("row", "nationalId", "studentNumber", "fullName", "requestId", "status", "code"),
                rows);
    }

    private static int rowOf(RequestOfBatch request) {
        return RowKey.rowOf(request.idempotencyKey()).orElse(0);
    }
}
