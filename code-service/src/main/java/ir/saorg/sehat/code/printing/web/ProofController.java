package ir.saorg.sehat.code.printing.web;

import ir.saorg.sehat.code.format.MalformedCodeException;
import ir.saorg.sehat.code.format.VerificationCode;
import ir.saorg.sehat.code.issuing.Codes;
import ir.saorg.sehat.code.printing.PrintingProof;
import ir.saorg.sehat.code.university.Universities;
import ir.saorg.sehat.code.verification.web.VerificationController;
import ir.saorg.sehat.platform.problem.Problem;
import ir.saorg.sehat.platform.security.SehatRoles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;


/**
 * {@code GET /api/v1/codes/{code}/proof.pdf}: the printable proof, for staff of the code's university and operators
 * ({@link ProofAccess}); it shows the holder's name and student number, so it is not public like verification.
 */
@RestController
class ProofController {

    private final Codes codes;
    private final PrintingProof printing;

    ProofController(Codes codes, Universities universities, @Value("${sehat.code.public-url}") String publicUrl) {
        this.codes = codes;
        this.printing = new PrintingProof(publicUrl, universities);
    }

    @GetMapping("/api/v1/codes/{code}/proof.pdf")
    ResponseEntity<byte[]> proof(@PathVariable String code, @AuthenticationPrincipal Jwt caller) {
        VerificationCode parsed;
        try {
            parsed = VerificationCode.parse(code);
        } catch (MalformedCodeException e) {
            throw new Problem(HttpStatus.BAD_REQUEST, VerificationController.slugFor(e));
        }
        boolean everyUniversity = SehatRoles.seesEveryUniversity(caller);
        String university = SehatRoles.university(caller);
        var issued = codes.byCode(parsed.digits())
                .filter(c -> everyUniversity || university != null && university.equals(c.university()))
                .orElseThrow(() -> new Problem(HttpStatus.NOT_FOUND, "code-not-found"));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("sehat-" + parsed.digits() + ".pdf").build().toString())
                .body(printing.pdf(issued));
    }
}
