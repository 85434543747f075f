package ir.saorg.sehat.request.types;

import java.util.List;

/**
 * One thing wrong with a type definition.
 *
 * @param path      where, e.g. {@code code}, {@code fields[2].pattern}, {@code callWindows[1]}
 * @param key       the message, e.g. {@code type.code-pattern}, in {@code problems*.properties}
 * @param arguments the message's arguments
 */
public record TypeDefinitionProblem(String path, String key, List<Object> arguments) {

    public TypeDefinitionProblem {
        arguments = List.copyOf(arguments);
    }

    static TypeDefinitionProblem of(String path, String key, Object... arguments) {
        return new TypeDefinitionProblem(path, key, List.of(arguments));
    }
}
