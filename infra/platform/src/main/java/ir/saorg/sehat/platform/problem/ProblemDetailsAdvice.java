package ir.saorg.sehat.platform.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Answers every error as RFC 9457 problem details, titled and explained in Persian or English by
 * {@code Accept-Language} (Persian when the client names neither). Spring's own errors (unreadable body, wrong
 * media type, unknown path, ...) get the same treatment; anything unexpected becomes a 500 that reveals nothing
 * internal and is logged.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    static final String TYPE_BASE = "https://sehat.saorg.ir/problems/";
    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final MessageSource problems;

    /** The problem messages: each service's {@code problems*.properties}, then the platform's and the console's own. */
    public static MessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("problems", "ir/saorg/sehat/platform/problem/problems",
                "ir/saorg/sehat/console/problems");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    public ProblemDetailsAdvice(MessageSource problemMessages) {
        this.problems = problemMessages;
    }

    @ExceptionHandler(Problem.class)
    ResponseEntity<ProblemDetail> problem(Problem problem) {
        ProblemDetail body = describe(problem);
        var response = ResponseEntity.status(problem.status());
        problem.headers().forEach((name, value) -> response.header(name, value));
        return response.body(body);
    }

    /**
     * The problem document of a {@link Problem} in the current language, with its field errors as
     * {@code {"field", "message"}} maps: what the API answers, and what a page shows beside its form.
     */
    public ProblemDetail describe(Problem problem) {
        ProblemDetail body = describe(problem.status(), problem.slug(), problem.detailArguments());
        problem.properties().forEach((name, value) -> body.setProperty(name, localised(value)));
        return body;
    }

    private Object localised(Object value) {
        if (value instanceof List<?> list && !list.isEmpty() && list.getFirst() instanceof FieldProblem) {
            Locale locale = LocaleContextHolder.getLocale();
            return list.stream().map(FieldProblem.class::cast)
                    .map(f -> Map.of("field", f.field(),
                            "message", problems.getMessage(f.key(), f.arguments().toArray(), f.key(), locale)))
                    .toList();
        }
        return value;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e) {
        ProblemDetail body = describe(HttpStatus.BAD_REQUEST, "invalid-parameter", e.getName());
        body.setProperty("parameter", e.getName());
        return ResponseEntity.badRequest().body(body);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected error", e);
        return ResponseEntity.internalServerError().body(describe(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error"));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(describe(HttpStatus.BAD_REQUEST, "malformed-body"));
    }

    /** Localises the problem details Spring builds for its own exceptions. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        String slug = switch (statusCode.value()) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            default -> statusCode.is4xxClientError() ? "bad-request" : "internal-error";
        };
        return ResponseEntity.status(statusCode).headers(headers).body(describe(statusCode, slug));
    }

    private ProblemDetail describe(HttpStatusCode status, String slug, Object... arguments) {
        return describe(status, slug, LocaleContextHolder.getLocale(), arguments);
    }

    /** The problem document for a slug in a language, for errors answered outside Spring MVC (security filters). */
    public ProblemDetail describe(HttpStatusCode status, String slug, Locale locale, Object... arguments) {
        ProblemDetail detail = ProblemDetail.forStatus(status);
        detail.setType(URI.create(TYPE_BASE + slug));
        detail.setTitle(problems.getMessage(slug + ".title", null, slug, locale));
        detail.setDetail(problems.getMessage(slug + ".detail", arguments, "", locale));
        return detail;
    }
}
