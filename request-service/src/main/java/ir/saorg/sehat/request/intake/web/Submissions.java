package ir.saorg.sehat.request.intake.web;

import ir.saorg.sehat.platform.problem.FieldProblem;
import ir.saorg.sehat.platform.problem.Problem;
import ir.saorg.sehat.request.intake.SubmitRequest;
import ir.saorg.sehat.request.intake.SubmittingRequest;
import ir.saorg.sehat.request.intake.SubmittingRequest.CallClosedException;
import ir.saorg.sehat.request.intake.SubmittingRequest.IdempotencyKeyReusedException;
import ir.saorg.sehat.request.intake.SubmittingRequest.InvalidFieldsException;
import ir.saorg.sehat.request.intake.SubmittingRequest.OpenRequestExistsException;
import ir.saorg.sehat.request.intake.SubmittingRequest.Submission;
import ir.saorg.sehat.request.intake.SubmittingRequest.Submitter;
import ir.saorg.sehat.request.intake.SubmittingRequest.UnknownRequestTypeException;
import ir.saorg.sehat.request.lifecycle.Request;
import ir.saorg.sehat.request.types.RequestType;
import ir.saorg.sehat.request.types.RequestTypeCatalogue;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Submits one request for the API and for the portal's form alike, turning every refusal into the {@link Problem}
 * both show: the API as problem details, the form beside its fields.
 */
@Component
class Submissions {

    private final SubmittingRequest submitting;
    private final RequestTypeCatalogue types;

    Submissions(SubmittingRequest submitting, RequestTypeCatalogue types) {
        this.submitting = submitting;
        this.types = types;
    }

    Submission submit(SubmitRequest command, Submitter who, String key) {
        try {
            return submitting.submit(command, who, key, null);
        } catch (UnknownRequestTypeException e) {
            throw new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-request-type", command.type())
                    .with("knownTypes", types.all().stream().map(RequestType::code).toList());
        } catch (CallClosedException e) {
            throw CallClosedProblem.of(e);
        } catch (InvalidFieldsException e) {
            throw new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-fields", e.problems().size())
                    .with("errors", e.problems().stream()
                            .map(p -> FieldProblem.of(p.field(), p.key(), p.arguments().toArray())).toList());
        } catch (OpenRequestExistsException e) {
            throw openRequestExists(command.type(), e.open());
        } catch (IdempotencyKeyReusedException e) {
            throw new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", e.original().id())
                    .with("originalRequest", e.original().id());
        }
    }

    private static Problem openRequestExists(String type, Request open) {
        var problem = new Problem(HttpStatus.CONFLICT, "open-request-exists", type);
        return open == null ? problem : problem.with("openRequest", open.id())
                .with("openRequestStatus", open.status().name())
                .withHeader("Location", "/api/v1/requests/" + open.id());
    }
}
