package ir.saorg.sehat.notification.templates;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import ir.saorg.sehat.platform.text.CodeGroups;
import ir.saorg.sehat.platform.text.Rials;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Date;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Every notification's words, in Persian and English, from {@code notification-templates/messages_<lang>.properties}
 * and the e-mail layout {@code notification-templates/email.html}. For each subject the messages give
 * {@code <SUBJECT>.title}, {@code <SUBJECT>.body} (paragraphs separated by an empty line) and {@code <SUBJECT>.brief};
 * {@code {name}} stands for a {@link Fact} of the notification. Facts are escaped for HTML by their kind; the
 * templates' own words are trusted.
 */
public final class Templates {

    private static final String BASE = "/notification-templates/";
    private static final TimeZone TEHRAN = TimeZone.getTimeZone("Asia/Tehran");

    private final Map<Language, Properties> messages;
    private final String layout;

    private Templates(Map<Language, Properties> messages, String layout) {
        this.messages = messages;
        this.layout = layout;
    }

    /** The templates shipped on the classpath. */
    public static Templates load() {
        Map<Language, Properties> messages = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Properties properties = new Properties();
            try (InputStream in = resource("messages_" + language.tag() + ".properties")) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            messages.put(language, properties);
        }
        try (InputStream in = resource("email.html")) {
            return new Templates(messages, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = Templates.class.getResourceAsStream(BASE + name);
        if (in == null) {
            throw new IllegalStateException("template resource missing: " + BASE + name);
        }
        return in;
    }

    /** Whether the templates say anything about this subject. */
    public boolean knows(String subject) {
        return Arrays.stream(Language.values()).allMatch(l -> messages.get(l).containsKey(subject + ".title"));
    }

    public Rendered render(String subject, Language language, Map<String, Fact> facts) {
        String title = Html.clean(fill(subject + ".title", language, facts, false));
        String brief = Html.clean(fill(subject + ".brief", language, facts, false));
        String[] paragraphs = message(subject + ".body", language).split("\\n\\s*\\n");
        String text = Arrays.stream(paragraphs)
                .map(p -> Placeholders.fill(p.strip(), name -> plain(subject, name, language, facts)))
                .collect(Collectors.joining("\n\n")) + "\n\n-- \n" + message("footer", language) + "\n";
        String bodyHtml = Arrays.stream(paragraphs)
                .map(p -> "<p style=\"margin:0 0 12px;line-height:1.8\">"
                        + Placeholders.fill(Html.escape(p.strip()), name -> html(subject, name, language, facts))
                        + "</p>")
                .collect(Collectors.joining("\n"));
        String html = Placeholders.fill(layout, slot -> switch (slot) {
            case "lang" -> language.tag();
            case "dir" -> language.direction();
            case "align" -> language.align();
            case "font" -> message("font", language);
            case "title" -> Html.escape(title);
            case "body" -> bodyHtml;
            case "footer" -> Html.escape(message("footer", language));
            default -> throw new MissingFactException("email.html", slot);
        });
        return new Rendered(title, html, text, brief);
    }

    private String fill(String key, Language language, Map<String, Fact> facts, boolean asHtml) {
        String subject = key.substring(0, key.indexOf('.'));
        return Placeholders.fill(message(key, language), name -> asHtml ? html(subject, name, language, facts)
                : plain(subject, name, language, facts));
    }

    private String message(String key, Language language) {
        String message = messages.get(language).getProperty(key);
        if (message == null) {
            throw new IllegalArgumentException("no template " + key + " in " + language.tag());
        }
        return message;
    }

    private String plain(String subject, String name, Language language, Map<String, Fact> facts) {
        return switch (fact(subject, name, facts)) {
            case Fact.Text text -> Html.clean(text.value());
            case Fact.Ltr ltr -> Html.clean(ltr.value());
            case Fact.Code code -> CodeGroups.of(code.digits());
            case Fact.Link link -> Html.clean(link.url());
            case Fact.Amount amount -> language == Language.FA ? Rials.persian(amount.rials())
                    : Rials.english(amount.rials());
            case Fact.Moment moment -> moment(moment, language);
            case Fact.Named named -> Html.clean(language == Language.FA ? named.fa() : named.en());
            case Fact.Term term -> message("term." + term.key(), language);
        };
    }

    private String html(String subject, String name, Language language, Map<String, Fact> facts) {
        Fact fact = fact(subject, name, facts);
        String escaped = Html.escape(plain(subject, name, language, facts));
        return switch (fact) {
            case Fact.Code ignored -> "<span dir=\"ltr\" style=\"font-family:monospace;font-size:20px;"
                    + "letter-spacing:2px;white-space:nowrap\">" + escaped + "</span>";
            case Fact.Ltr ignored -> "<span dir=\"ltr\">" + escaped + "</span>";
            case Fact.Link link when isWebAddress(link.url()) ->
                    "<a href=\"" + escaped + "\" dir=\"ltr\" style=\"color:#0b57d0\">" + escaped + "</a>";
            case Fact.Text ignored -> "<bdi>" + escaped + "</bdi>";
            default -> escaped;
        };
    }

    private static boolean isWebAddress(String url) {
        String cleaned = Html.clean(url);
        return cleaned.equals(url) && cleaned.matches("(?i)https?://[^\\s\"'<>]+");
    }

    private static Fact fact(String subject, String name, Map<String, Fact> facts) {
        Fact fact = facts.get(name);
        if (fact == null) {
            throw new MissingFactException(subject, name);
        }
        return fact;
    }

    private static String moment(Fact.Moment moment, Language language) {
        if (moment.instant() == null) {
            return "-";
        }
        ULocale locale = new ULocale(language == Language.FA ? "fa_IR@calendar=persian" : "en@calendar=persian");
        DateFormat format = DateFormat.getDateTimeInstance(DateFormat.LONG, DateFormat.SHORT, locale);
        format.setTimeZone(TEHRAN);
        return format.format(Date.from(moment.instant()));
    }
}
