package ir.saorg.sehat.notification.templates;

/** A template names a value its notification does not carry: a mistake in the templates, found by their tests. */
public class MissingFactException extends IllegalArgumentException {

    public MissingFactException(String template, String fact) {
        super("template " + template + " needs {" + fact + "}, which the notification does not carry");
    }
}
