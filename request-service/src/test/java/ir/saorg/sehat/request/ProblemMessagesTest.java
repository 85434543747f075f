package ir.saorg.sehat.request;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every problem this service can answer has its Persian and its English words: each slug its title and detail, each
 * field or type-definition key its message, in both bundles, and each message formats with the arguments it is given.
 */
class ProblemMessagesTest {

    private static final Pattern SLUG = Pattern.compile("new Problem\\(\\s*HttpStatus\\.[A-Z_]+,\\s*\"([a-z-]+)\"");
    private static final Pattern KEY = Pattern.compile("\"((?:field|type)\\.[a-z][a-z-]*)\"");

    private final Properties persian = bundle("problems.properties");
    private final Properties english = bundle("problems_en.properties");
    private final Properties platformPersian = bundle("ir/saorg/sehat/platform/problem/problems.properties");
    private final Properties platformEnglish = bundle("ir/saorg/sehat/platform/problem/problems_en.properties");

    private static Properties bundle(String name) {
        try (InputStream in = ProblemMessagesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            var properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> found(Pattern pattern) throws IOException {
        var found = new TreeSet<String>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = pattern.matcher(Files.readString(source));
                while (m.find()) {
                    found.add(m.group(1));
                }
            }
        }
        return found;
    }

    @Test
    void bothLanguagesHaveTheSameMessages() {
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(persian.stringPropertyNames());
    }

    /** A message without placeholders is shown as written (no MessageFormat), so a doubled quote would show. */
    @Test
    void aMessageWithoutArgumentsHasNoDoubledQuotes() {
        for (Properties bundle : new Properties[] {persian, english}) {
            bundle.stringPropertyNames().stream().filter(key -> !bundle.getProperty(key).contains("{"))
                    .forEach(key -> assertThat(bundle.getProperty(key)).as(key).doesNotContain("''"));
        }
    }

    @Test
    void everyProblemAnsweredHasATitleAndADetailInBothLanguages() throws IOException {
        Set<String> slugs = found(SLUG);
        slugs.removeIf(slug -> slug.endsWith("-"));
        assertThat(slugs).contains("invalid-request-type", "request-type-version-mismatch", "call-not-open");
        for (String slug : slugs) {
            for (String part : new String[] {".title", ".detail"}) {
                assertThat(persian.containsKey(slug + part) || platformPersian.containsKey(slug + part))
                        .as("Persian " + slug + part).isTrue();
                assertThat(english.containsKey(slug + part) || platformEnglish.containsKey(slug + part))
                        .as("English " + slug + part).isTrue();
            }
        }
    }

    @Test
    void everyFieldAndTypeDefinitionKeyHasAMessageInBothLanguagesThatFormats() throws IOException {
        Set<String> keys = found(KEY);
        assertThat(keys).contains("field.required", "field.national-id", "type.code-pattern", "type.window-overlap");
        Object[] arguments = {"نام", "Name", 200, "الف، ب", "A, B", "راهنما", "Help"};
        for (String key : keys) {
            assertThat(persian.getProperty(key)).as("Persian " + key).isNotBlank();
            assertThat(english.getProperty(key)).as("English " + key).isNotBlank();
            String fa = new MessageFormat(persian.getProperty(key), Locale.forLanguageTag("fa")).format(arguments);
            String en = new MessageFormat(english.getProperty(key), Locale.ENGLISH).format(arguments);
            assertThat(fa).as(key).doesNotContain("{", "}");
            assertThat(en).as(key).doesNotContain("{", "}", "''");
        }
    }
}
