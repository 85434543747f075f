package ir.saorg.sehat.platform.problem;

import org.springframework.http.HttpStatus;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A failure the client can understand and act on, answered as RFC 9457 problem details in the client's language.
 * {@code slug} names both the problem type URI ({@code https://sehat.saorg.ir/problems/<slug>}) and the messages
 * {@code <slug>.title} and {@code <slug>.detail} in {@code problems*.properties}.
 */
public class Problem extends RuntimeException {

    private final HttpStatus status;
    private final String slug;
    private final Object[] detailArguments;
    private final Map<String, Object> properties = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

    public Problem(HttpStatus status, String slug, Object... detailArguments) {
        super(slug);
        this.status = status;
        this.slug = slug;
        this.detailArguments = detailArguments.clone();
    }

    /** Adds a member to the problem document, e.g. the list of invalid fields. */
    public Problem with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    /** Adds a response header, e.g. {@code Retry-After}. */
    public Problem withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    Map<String, String> headers() {
        return Map.copyOf(headers);
    }

    public HttpStatus status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    Object[] detailArguments() {
        return detailArguments.clone();
    }

    Map<String, Object> properties() {
        return Map.copyOf(properties);
    }
}
