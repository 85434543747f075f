package ir.saorg.sehat.portal;

import org.springframework.http.ProblemDetail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A refusal's field problems ({@code errors}: field and message each), by field name, for showing beside the field. */
public final class FieldErrors {

    private FieldErrors() {
    }

    @SuppressWarnings("unchecked")
    public static Map<String, String> of(ProblemDetail problem) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (problem != null && problem.getProperties() != null
                && problem.getProperties().get("errors") instanceof List<?> list) {
            for (Object item : list) {
                var error = (Map<String, String>) item;
                errors.merge(error.get("field"), error.get("message"), (a, b) -> a + " " + b);
            }
        }
        return errors;
    }
}
