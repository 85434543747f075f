package ir.saorg.sehat.payment.tariff.web;

import ir.saorg.sehat.payment.tariff.FiscalYear;
import ir.saorg.sehat.payment.tariff.InvalidTariffFileException;
import ir.saorg.sehat.payment.tariff.MalformedFiscalYearException;
import ir.saorg.sehat.payment.tariff.TariffFileError;
import ir.saorg.sehat.payment.tariff.TariffFileTooLargeException;
import ir.saorg.sehat.payment.tariff.TariffUploadContendedException;
import ir.saorg.sehat.payment.tariff.UploadingTariffTable;
import ir.saorg.sehat.platform.problem.FieldProblem;
import ir.saorg.sehat.platform.problem.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.List;
import java.util.function.Supplier;

/**
 * A refused upload or an unreadable year as problem details, for the API and the operator's pages alike: a file's
 * every error with its row and column in {@code errors}, a file too large, an upload that lost to others, a year that
 * is not one, a year without a table.
 */
final class TariffProblems {

    private static final int MAX_OPERATOR_LENGTH = 100;

    private TariffProblems() {
    }

    static <T> T answering(Supplier<T> action) {
        try {
            return action.get();
        } catch (InvalidTariffFileException e) {
            throw invalidFile(e.errors());
        } catch (TariffFileTooLargeException e) {
            throw tooLarge(e);
        } catch (TariffUploadContendedException e) {
            throw new Problem(HttpStatus.CONFLICT, "tariff-upload-contended", String.valueOf(e.fiscalYear()));
        }
    }

    /** The year in a path, as an upload accepts it. */
    static int uploadableYear(UploadingTariffTable uploading, String text) {
        try {
            return uploading.uploadableYear(text);
        } catch (MalformedFiscalYearException e) {
            throw malformedYear(uploading, text);
        }
    }

    /** The year in a path, as reading accepts it. */
    static int yearOf(UploadingTariffTable uploading, String text) {
        try {
            return FiscalYear.parse(text);
        } catch (MalformedFiscalYearException e) {
            throw malformedYear(uploading, text);
        }
    }

    private static Problem malformedYear(UploadingTariffTable uploading, String text) {
        return new Problem(HttpStatus.BAD_REQUEST, "tariff-fiscal-year-malformed", text,
                String.valueOf(FiscalYear.EARLIEST_UPLOADABLE), String.valueOf(uploading.latestUploadableYear()))
                .with("parameter", "fiscalYear");
    }

    static Problem notFound(int year) {
        return new Problem(HttpStatus.NOT_FOUND, "tariff-table-not-found", String.valueOf(year));
    }

    static Problem invalidFile(List<TariffFileError> errors) {
        return new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-tariff-file", errors.size())
                .with("errors", errors.stream().map(e -> FieldProblem.of(
                        e.row() > 0 ? "row " + e.row() + "/" + e.column() : e.column(), e.key(),
                        e.arguments().toArray())).toList());
    }

    static Problem tooLarge(TariffFileTooLargeException e) {
        return new Problem(HttpStatus.CONTENT_TOO_LARGE, "tariff-file-too-large", e.size(), e.maxBytes())
                .with("maxBytes", e.maxBytes());
    }

    /** Who uploaded: the token's subject, at most 100 characters. */
    static String uploader(Jwt operator) {
        if (operator == null || operator.getSubject() == null || operator.getSubject().isBlank()) {
            return "unknown";
        }
        String name = operator.getSubject().strip();
        return name.length() > MAX_OPERATOR_LENGTH ? name.substring(0, MAX_OPERATOR_LENGTH) : name;
    }
}
