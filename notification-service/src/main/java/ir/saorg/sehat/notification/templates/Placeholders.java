package ir.saorg.sehat.notification.templates;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills {@code {name}} placeholders in one pass: a value that itself contains braces is never expanded again. */
final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9]*)}");

    private Placeholders() {
    }

    static String fill(String template, Function<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 64);
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(values.apply(matcher.group(1))));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
