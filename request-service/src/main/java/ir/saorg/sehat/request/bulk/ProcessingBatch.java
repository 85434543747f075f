package ir.saorg.sehat.request.bulk;

import ir.saorg.sehat.request.bulk.Batch.Tally;
import ir.saorg.sehat.request.intake.GuideCheck;
import ir.saorg.sehat.request.intake.SubmitRequest;
import ir.saorg.sehat.request.intake.SubmittingRequest;
import ir.saorg.sehat.request.intake.SubmittingRequest.CallClosedException;
import ir.saorg.sehat.request.intake.SubmittingRequest.IdempotencyKeyReusedException;
import ir.saorg.sehat.request.intake.SubmittingRequest.InvalidFieldsException;
import ir.saorg.sehat.request.intake.SubmittingRequest.OpenRequestExistsException;
import ir.saorg.sehat.request.intake.SubmittingRequest.Submitter;
import ir.saorg.sehat.request.intake.SubmittingRequest.UnknownRequestTypeException;
import ir.saorg.sehat.request.types.RequestType;
import ir.saorg.sehat.request.types.RequestTypeCatalogue;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Works through a stored batch: first every row is checked against the type's guide (VALIDATING), then the valid rows
 * are submitted as requests through the same intake as single requests, several at once (SUBMITTING). Progress is
 * saved every {@link BulkSettings#chunkRows()} rows. A batch interrupted by a crash is simply processed again from
 * the start: its errors are recomputed and each row is submitted under its own idempotency key, so a row that already
 * became a request finds it instead of making another. A failure that may pass (the store unreachable) leaves the
 * batch to be picked up again when its lease ends.
 */
public class ProcessingBatch {

    static final String NATIONAL_ID = "nationalId";

    private final Batches batches;
    private final BatchFiles files;
    private final RowErrors rowErrors;
    private final SubmittingRequest submitting;
    private final RequestTypeCatalogue types;
    private final ExecutorService workers;
    private final BulkSettings settings;
    private final Clock clock;

    public ProcessingBatch(Batches batches, BatchFiles files, RowErrors rowErrors, SubmittingRequest submitting,
                           RequestTypeCatalogue types, ExecutorService workers, BulkSettings settings, Clock clock) {
        this.batches = batches;
        this.files = files;
        this.rowErrors = rowErrors;
        this.submitting = submitting;
        this.types = types;
        this.workers = workers;
        this.settings = settings;
        this.clock = clock;
    }

    /** @return false when there was nothing to do: the batch is finished, or another worker holds it */
    public boolean process(String batchId) {
        Instant now = clock.instant();
        if (!batches.claim(batchId, now, now.plus(settings.lease()))) {
            return false;
        }
        var run = new Run(batches.find(batchId).orElseThrow());
        try {
            run.run();
        } catch (BadFileException e) {
            batches.save(run.batch.failed(e.slug(), clock.instant()));
        } catch (BadHeadersException e) {
            batches.save(run.batch.failed("bulk-type-gone", clock.instant()));
        }
        return true;
    }

    private record ValidRow(int line, Map<String, String> fields) {
    }

    private record Outcome(boolean accepted, List<RowError> errors) {
    }

    /** One pass over a batch, with its counters. */
    private final class Run {

        private Batch batch;
        private final Submitter submitter;
        private final List<RowError> pending = new ArrayList<>();
        private final Instant startedAt = clock.instant();
        private int read;
        private int accepted;
        private int rejected;

        Run(Batch batch) {
            this.batch = batch;
            this.submitter = new Submitter(batch.submittedBy(), batch.university());
        }

        void run() {
            byte[] content = files.read(batch.fileId()).orElseThrow(() -> new BadFileException("bulk-file-lost"));
            BulkFile file = BulkFile.read(content, settings.maxRows(), settings.maxColumns());
            RequestType type = types.current(batch.type())
                    .orElseThrow(() -> new BadFileException("bulk-type-gone", batch.type()));
            Columns columns = Columns.of(type, file.header());
            rowErrors.clear(batch.id());
            report(BatchStatus.VALIDATING);
            List<ValidRow> valid = validated(file, columns);
            report(BatchStatus.SUBMITTING);
            for (int from = 0; from < valid.size(); from += settings.chunkRows()) {
                submit(type, valid.subList(from, Math.min(valid.size(), from + settings.chunkRows())));
                report(BatchStatus.SUBMITTING);
            }
            rowErrors.addAll(pending);
            batches.save(batch.done(tally(), clock.instant()));
        }

        private List<ValidRow> validated(BulkFile file, Columns columns) {
            List<ValidRow> valid = new ArrayList<>();
            Map<String, Integer> firstRowOf = new HashMap<>();
            for (FileRow row : file.rows()) {
                List<RowError> errors = errorsOf(row, columns, firstRowOf);
                read++;
                if (errors.isEmpty()) {
                    valid.add(new ValidRow(row.line(), columns.fieldsOf(row)));
                } else {
                    rejected++;
                    pending.addAll(errors);
                }
                if (read % settings.chunkRows() == 0) {
                    report(BatchStatus.VALIDATING);
                }
            }
            return valid;
        }

        private List<RowError> errorsOf(FileRow row, Columns columns, Map<String, Integer> firstRowOf) {
            List<RowError> errors = new ArrayList<>();
            for (int column : columns.extraColumns(row)) {
                errors.add(error(row.line(), errors.size(), "", "row.extra-cell", List.of(String.valueOf(column)),
                        row.cell(column - 1)));
            }
            GuideCheck.Result checked = GuideCheck.check(columns.type(), columns.fieldsOf(row));
            for (GuideCheck.Problem problem : checked.problems()) {
                errors.add(error(row.line(), errors.size(), problem.field(), problem.key(),
                        problem.arguments().stream().map(String::valueOf).toList(),
                        columns.raw(row, problem.field())));
            }
            String student = checked.fields().get(NATIONAL_ID);
            if (errors.isEmpty() && student != null) {
                Integer first = firstRowOf.putIfAbsent(student, row.line());
                if (first != null) {
                    errors.add(error(row.line(), 0, NATIONAL_ID, "row.duplicate-student",
                            List.of(String.valueOf(first)), columns.raw(row, NATIONAL_ID)));
                }
            }
            return errors;
        }

        private void submit(RequestType type, List<ValidRow> rows) {
            List<Callable<Outcome>> tasks = rows.stream()
                    .<Callable<Outcome>>map(row -> () -> submitted(type, row)).toList();
            try {
                for (Future<Outcome> future : workers.invokeAll(tasks)) {
                    Outcome outcome = future.get();
                    if (outcome.accepted()) {
                        accepted++;
                    } else {
                        rejected++;
                        pending.addAll(outcome.errors());
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while submitting batch " + batch.id(), e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime
                        : new IllegalStateException(e.getCause());
            }
        }

        private Outcome submitted(RequestType type, ValidRow row) {
            int line = row.line();
            try {
                submitting.submit(new SubmitRequest(type.code(), row.fields()), submitter,
                        RowKey.of(batch.id(), line), batch.id());
                return new Outcome(true, List.of());
            } catch (OpenRequestExistsException e) {
                return refused(error(line, 0, NATIONAL_ID, "row.open-request",
                        List.of(e.open() == null ? "" : e.open().id()), row.fields().get(NATIONAL_ID)));
            } catch (CallClosedException e) {
                return refused(error(line, 0, "", "row.call-closed", List.of(type.nameFa(), type.nameEn()), ""));
            } catch (IdempotencyKeyReusedException e) {
                return refused(error(line, 0, "", "row.key-reused", List.of(e.original().id()), ""));
            } catch (UnknownRequestTypeException e) {
                return refused(error(line, 0, "", "row.type-gone", List.of(type.code()), ""));
            } catch (InvalidFieldsException e) {
                List<RowError> errors = new ArrayList<>();
                for (GuideCheck.Problem problem : e.problems()) {
                    errors.add(error(line, errors.size(), problem.field(), problem.key(),
                            problem.arguments().stream().map(String::valueOf).toList(),
                            row.fields().getOrDefault(problem.field(), "")));
                }
                return new Outcome(false, errors);
            }
        }

        private Outcome refused(RowError error) {
            return new Outcome(false, List.of(error));
        }

        private RowError error(int line, int index, String field, String key, List<String> arguments, String value) {
            return new RowError(batch.id() + ":" + line + ":" + index, batch.id(), line, field, key, arguments,
                    value);
        }

        private void report(BatchStatus status) {
            rowErrors.addAll(pending);
            pending.clear();
            Instant now = clock.instant();
            batch = batch.progressed(status, tally(), now, now.plus(settings.lease()));
            batches.save(batch);
        }

        private Tally tally() {
            return new Tally(read, accepted, rejected, startedAt);
        }
    }
}
