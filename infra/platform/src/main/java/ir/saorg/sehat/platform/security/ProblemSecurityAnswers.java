package ir.saorg.sehat.platform.security;

import ir.saorg.sehat.platform.problem.ProblemDetailsAdvice;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * 401 and 403 as RFC 9457 problem details in Persian, or English by Accept-Language, like every other error; to a
 * browser asking for a page, as the page its {@link DeniedPages} write, where the service has them.
 */
public final class ProblemSecurityAnswers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final Locale PERSIAN = Locale.forLanguageTag("fa");

    private final ProblemDetailsAdvice problems;
    private final JsonMapper json;
    private final Supplier<DeniedPages> pages;

    public ProblemSecurityAnswers(ProblemDetailsAdvice problems, JsonMapper json) {
        this(problems, json, () -> null);
    }

    /** @param pages the service's pages of refusals, looked up when first needed; null when it has none */
    public ProblemSecurityAnswers(ProblemDetailsAdvice problems, JsonMapper json, Supplier<DeniedPages> pages) {
        this.problems = problems;
        this.json = json;
        this.pages = pages;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        write(request, response, HttpStatus.UNAUTHORIZED, "unauthenticated");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "forbidden");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String slug)
            throws IOException {
        DeniedPages page = pages.get();
        if (page != null && page.answers(request)) {
            response.setStatus(status.value());
            page.write(request, response, status, slug);
            return;
        }
        String language = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        Locale locale = language != null && language.strip().toLowerCase(Locale.ROOT).startsWith("en")
                ? Locale.ENGLISH : PERSIAN;
        ProblemDetail body = problems.describe(status, slug, locale);
        body.setInstance(java.net.URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(body));
    }
}
