package ir.saorg.sehat.request.bulk.web;

import ir.saorg.sehat.platform.problem.FieldProblem;
import ir.saorg.sehat.platform.problem.Problem;
import ir.saorg.sehat.request.bulk.BadFileException;
import ir.saorg.sehat.request.bulk.BadHeadersException;
import ir.saorg.sehat.request.bulk.ReceivingBatch;
import ir.saorg.sehat.request.bulk.ReceivingBatch.Received;
import ir.saorg.sehat.request.intake.SubmittingRequest.CallClosedException;
import ir.saorg.sehat.request.intake.SubmittingRequest.Submitter;
import ir.saorg.sehat.request.intake.SubmittingRequest.UnknownRequestTypeException;
import ir.saorg.sehat.request.intake.web.CallClosedProblem;
import ir.saorg.sehat.request.types.RequestType;
import ir.saorg.sehat.request.types.RequestTypeCatalogue;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Takes in an uploaded file for the API and for the portal's upload form alike, turning every refusal into the
 * {@link Problem} both show.
 */
@Component
class BatchUploads {

    private final ReceivingBatch receiving;
    private final RequestTypeCatalogue types;

    BatchUploads(ReceivingBatch receiving, RequestTypeCatalogue types) {
        this.receiving = receiving;
        this.types = types;
    }

    Received receive(String type, MultipartFile file, Submitter who) {
        try {
            return receiving.receive(type, file.getOriginalFilename(), file.getBytes(), who);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UnknownRequestTypeException e) {
            throw new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-request-type", type)
                    .with("knownTypes", types.all().stream().map(RequestType::code).toList());
        } catch (CallClosedException e) {
            throw CallClosedProblem.of(e);
        } catch (BadFileException e) {
            HttpStatus status = "bulk-file-too-many-rows".equals(e.slug()) ? HttpStatus.CONTENT_TOO_LARGE
                    : HttpStatus.UNPROCESSABLE_CONTENT;
            throw new Problem(status, e.slug(), e.arguments().toArray());
        } catch (BadHeadersException e) {
            throw badHeaders(e);
        }
    }

    private static Problem badHeaders(BadHeadersException e) {
        List<FieldProblem> errors = new ArrayList<>();
        e.unknown().forEach(name -> errors.add(FieldProblem.of(name, "header.unknown", name)));
        e.duplicate().forEach(name -> errors.add(FieldProblem.of(name, "header.duplicate", name)));
        e.missing().forEach(name -> errors.add(FieldProblem.of(name, "header.missing", name)));
        e.unnamed().forEach(column -> errors.add(FieldProblem.of(String.valueOf(column), "header.unnamed",
                String.valueOf(column))));
        return new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "bulk-file-headers", String.join(", ", e.expected()))
                .with("expectedColumns", e.expected()).with("unknownColumns", e.unknown())
                .with("duplicateColumns", e.duplicate()).with("missingColumns", e.missing())
                .with("unnamedColumns", e.unnamed()).with("errors", errors);
    }
}
