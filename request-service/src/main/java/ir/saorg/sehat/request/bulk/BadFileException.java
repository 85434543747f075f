package ir.saorg.sehat.request.bulk;

import java.util.List;

/**
 * The file as a whole cannot be taken: nothing of it is stored. {@code slug} names the problem (and its messages),
 * {@code arguments} fill them in, e.g. the line at fault.
 */
public class BadFileException extends RuntimeException {

    private final String slug;
    private final transient List<Object> arguments;

    public BadFileException(String slug, Object... arguments) {
        super(slug + " " + List.of(arguments));
        this.slug = slug;
        this.arguments = List.of(arguments);
    }

    public String slug() {
        return slug;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
