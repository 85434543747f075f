package ir.saorg.sehat.request.types.web;

import ir.saorg.sehat.platform.problem.FieldProblem;
import ir.saorg.sehat.platform.problem.Problem;
import ir.saorg.sehat.request.types.DefiningRequestType.InvalidTypeDefinitionException;
import ir.saorg.sehat.request.types.DefiningRequestType.Saved;
import ir.saorg.sehat.request.types.DefiningRequestType.TypeExistsException;
import ir.saorg.sehat.request.types.DefiningRequestType.UnknownTypeException;
import ir.saorg.sehat.request.types.DefiningRequestType.VersionMismatchException;
import ir.saorg.sehat.request.types.RequestType;
import ir.saorg.sehat.request.types.TypeDefinitionProblem;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.List;
import java.util.function.Supplier;

/**
 * A refused type definition or change as problem details, for the API and the operator's pages alike: every broken
 * rule in {@code errors} (by its path, e.g. {@code callWindows[1]}), a taken code, an unknown type, or a change made
 * from a version that is no longer current.
 */
final class RequestTypeProblems {

    private static final int MAX_OPERATOR_LENGTH = 100;

    private RequestTypeProblems() {
    }

    static Saved answering(Supplier<Saved> action) {
        try {
            return action.get();
        } catch (InvalidTypeDefinitionException e) {
            throw invalid(e.problems());
        } catch (TypeExistsException e) {
            throw new Problem(HttpStatus.CONFLICT, "request-type-exists", e.getMessage())
                    .withHeader(HttpHeaders.LOCATION, "/api/v1/request-types/" + e.getMessage());
        } catch (UnknownTypeException e) {
            throw new Problem(HttpStatus.NOT_FOUND, "unknown-request-type", e.getMessage());
        } catch (VersionMismatchException e) {
            throw mismatch(e.current());
        }
    }

    /** Names the current version, in the body and as the ETag, so that the client can read it and start again. */
    private static Problem mismatch(RequestType current) {
        return new Problem(HttpStatus.PRECONDITION_FAILED, "request-type-version-mismatch", current.code(),
                current.version()).with("currentVersion", current.version())
                .withHeader(HttpHeaders.ETAG, VersionTags.of(current.version()));
    }

    static Problem invalid(List<TypeDefinitionProblem> problems) {
        return new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-request-type", problems.size())
                .with("errors", problems.stream()
                        .map(p -> FieldProblem.of(p.path(), p.key(), p.arguments().toArray())).toList());
    }

    /** Who saved a version: the token's subject, at most 100 characters. */
    static String operatorOf(Jwt operator) {
        if (operator == null || operator.getSubject() == null || operator.getSubject().isBlank()) {
            return "unknown";
        }
        String name = operator.getSubject().strip();
        return name.length() > MAX_OPERATOR_LENGTH ? name.substring(0, MAX_OPERATOR_LENGTH) : name;
    }
}
