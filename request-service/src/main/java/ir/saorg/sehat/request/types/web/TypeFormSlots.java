package ir.saorg.sehat.request.types.web;

import org.springframework.http.ProblemDetail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where on the type's form each of the API's problems belongs: {@code fields[2].pattern} beside the guide's JSON,
 * {@code callWindows[1]} beside the window it is about, {@code nameFa} beside the Persian name; anything else at the
 * top ({@code general}).
 */
final class TypeFormSlots {

    static final String GENERAL = "general";
    private static final Pattern WINDOW = Pattern.compile("callWindows\\[(\\d+)].*");
    private static final List<String> OWN = List.of("code", "nameFa", "nameEn", "targetTime", "codeValidityDays",
            "maxExtensionDays");

    private TypeFormSlots() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> errors(ProblemDetail problem, List<String> windowSlots) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (problem.getProperties() != null && problem.getProperties().get("errors") instanceof List<?> list) {
            for (Object item : list) {
                var error = (Map<String, String>) item;
                errors.merge(slot(error.get("field"), windowSlots), error.get("message"), (a, b) -> a + " " + b);
            }
        }
        return errors;
    }

    static String slot(String path, List<String> windowSlots) {
        if (path == null || path.isEmpty()) {
            return GENERAL;
        }
        if (path.startsWith("fields")) {
            return "fieldsJson";
        }
        Matcher window = WINDOW.matcher(path);
        if (window.matches()) {
            int index = Integer.parseInt(window.group(1));
            return index < windowSlots.size() ? windowSlots.get(index) : "windows";
        }
        if (path.startsWith("callWindows")) {
            return "windows";
        }
        String first = path.split("[.\\[]", 2)[0];
        return OWN.contains(first) ? first : GENERAL;
    }
}
