package ir.saorg.sehat.platform.problem;

import java.util.List;

/**
 * One invalid field of a request body. Rendered in a problem document's {@code errors} member as
 * {@code {"field": ..., "message": ...}}, the message looked up by {@code key} in the client's language.
 */
public record FieldProblem(String field, String key, List<Object> arguments) {

    public FieldProblem {
        arguments = List.copyOf(arguments);
    }

    public static FieldProblem of(String field, String key, Object... arguments) {
        return new FieldProblem(field, key, List.of(arguments));
    }
}
