package ir.saorg.sehat.code.revoking.web;

import ir.saorg.sehat.code.format.MalformedCodeException;
import ir.saorg.sehat.code.issuing.IssuedCode;
import ir.saorg.sehat.code.revoking.RevokingCode;
import ir.saorg.sehat.code.verification.web.VerificationController;
import ir.saorg.sehat.platform.problem.FieldProblem;
import ir.saorg.sehat.platform.problem.Problem;
import org.springframework.http.HttpStatus;

import java.util.List;
import java.util.function.Supplier;

/**
 * A refused revocation as problem details, for the API and the operator's page alike: a mistyped code, a category or
 * explanation that breaks the rules (by field, in {@code errors}), a code nobody was issued, a code revoked before.
 */
final class RevocationProblems {

    private RevocationProblems() {
    }

    static IssuedCode answering(Supplier<IssuedCode> revocation) {
        try {
            return revocation.get();
        } catch (MalformedCodeException malformed) {
            throw malformed(malformed);
        } catch (RevokingCode.InvalidRevocationException invalid) {
            throw new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "revocation-invalid").with("errors",
                    List.of(FieldProblem.of(invalid.field(), "revocation." + invalid.field())));
        } catch (RevokingCode.UnknownCodeException unknown) {
            throw notFound();
        } catch (RevokingCode.AlreadyRevokedException again) {
            var first = again.first();
            throw new Problem(HttpStatus.CONFLICT, "code-already-revoked")
                    .with("revokedAt", first == null ? null : first.revokedAt().toString())
                    .with("category", first == null ? null : first.category().name());
        }
    }

    static Problem malformed(MalformedCodeException malformed) {
        return new Problem(HttpStatus.BAD_REQUEST, VerificationController.slugFor(malformed));
    }

    static Problem notFound() {
        return new Problem(HttpStatus.NOT_FOUND, "code-not-found");
    }
}
