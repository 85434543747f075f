package ir.saorg.sehat.payment.sandbox.web;

import ir.saorg.sehat.payment.sandbox.GatewayRefusal;
import ir.saorg.sehat.payment.sandbox.ZarinpalCode;
import ir.saorg.sehat.payment.sandbox.web.ZarinpalJson.Envelope;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.util.List;
import java.util.Map;

/**
 * Refusals in Zarinpal's error envelope rather than the platform's problem details: the handlers live on the
 * sandbox's controllers themselves (a controller's own handlers come before any advice), and every refusal is logged.
 * HTTP 400 for every code but {@code -52} (503); Zarinpal uses no 404.
 */
abstract class ZarinpalErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ZarinpalErrorHandling.class);

    @ExceptionHandler(GatewayRefusal.class)
    ResponseEntity<Envelope> refused(GatewayRefusal refusal, HttpServletRequest request) {
        HttpStatus status = refusal.code() == ZarinpalCode.UNAVAILABLE ? HttpStatus.SERVICE_UNAVAILABLE
                : HttpStatus.BAD_REQUEST;
        return refuse(request, status, refusal.code(), refusal.validations());
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, HttpMediaTypeNotSupportedException.class,
            MethodArgumentTypeMismatchException.class})
    ResponseEntity<Envelope> unreadable(Exception e, HttpServletRequest request) {
        return refuse(request, HttpStatus.BAD_REQUEST, ZarinpalCode.VALIDATION,
                List.of(Map.of("body", "The request body must be a JSON object with the documented fields.")));
    }

    static ResponseEntity<Envelope> refuse(HttpServletRequest request, HttpStatus status, ZarinpalCode code,
                                           List<Map<String, String>> validations) {
        logRefusal(request, code, validations);
        return ResponseEntity.status(status).body(Envelope.error(code, validations));
    }

    static void logRefusal(HttpServletRequest request, ZarinpalCode code, List<Map<String, String>> validations) {
        log.warn("Sandbox gateway refused {} {} with {} ({}){}", request.getMethod(), request.getRequestURI(),
                code.code(), code.message(), validations.isEmpty() ? "" : " " + validations);
    }
}
