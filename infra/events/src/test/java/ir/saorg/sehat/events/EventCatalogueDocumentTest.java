package ir.saorg.sehat.events;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/events.md lists exactly the registered types, each on its topic. */
class EventCatalogueDocumentTest {

    static final Path DOCUMENT = Path.of("..", "..", "docs", "events.md");
    static final Pattern ROW = Pattern.compile("^\\| `(ir\\.saorg\\.sehat\\.[^`]+)` \\| `([^`]+)` \\|", Pattern.MULTILINE);

    @Test
    void listsEveryTypeOnItsTopicAndNothingElse() throws IOException {
        Map<String, String> documented = new LinkedHashMap<>();
        Matcher row = ROW.matcher(Files.readString(DOCUMENT));
        while (row.find()) {
            documented.put(row.group(1), row.group(2));
        }

        assertThat(documented).isEqualTo(EventTypes.ALL.stream()
                .collect(Collectors.toMap(EventType::name, EventType::topic)));
    }
}
