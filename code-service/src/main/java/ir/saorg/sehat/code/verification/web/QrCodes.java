package ir.saorg.sehat.code.verification.web;

import ir.saorg.sehat.code.format.MalformedCodeException;
import ir.saorg.sehat.code.format.QrImages;
import ir.saorg.sehat.code.format.VerificationCode;
import ir.saorg.sehat.platform.problem.Problem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;

/**
 * {@code GET /api/v1/verifications/{code}/qr.png}: a QR code that takes a phone to the code's verification page.
 * It holds nothing but the public address and the code, so it needs no login and no limit beyond a well-formed code.
 */
@RestController
class QrCodes {

    private final String publicUrl;

    QrCodes(@Value("${sehat.code.public-url}") String publicUrl) {
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    @GetMapping(value = "/api/v1/verifications/{code}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qr(@PathVariable String code) {
        VerificationCode parsed;
        try {
            parsed = VerificationCode.parse(code);
        } catch (MalformedCodeException e) {
            throw new Problem(HttpStatus.BAD_REQUEST, VerificationController.slugFor(e));
        }
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .contentType(MediaType.IMAGE_PNG).body(QrImages.png(publicUrl + "/verify/" + parsed.digits(), 320));
    }
}
