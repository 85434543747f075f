package ir.saorg.sehat.request.types.persistence;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import ir.saorg.sehat.request.types.CallWindow;
import ir.saorg.sehat.request.types.FieldKind;
import ir.saorg.sehat.request.types.GuideField;
import ir.saorg.sehat.request.types.RequestType;
import ir.saorg.sehat.request.types.SeedTypes;
import ir.saorg.sehat.request.types.TypeVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MongoRequestTypeVersionsTest {

    private static final Instant SAVED = Instant.parse("2025-05-01T08:00:00.123Z");
    private MongoServer server;
    private MongoClient client;
    private MongoRequestTypeVersions versions;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        var address = server.bind();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
        versions = new MongoRequestTypeVersions(new MongoTemplate(client, "types-test"));
        versions.ensureIndexes();
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    private static RequestType everything(int version) {
        var fields = new ArrayList<>(SeedTypes.ALL.get(1).fields());
        fields.add(new GuideField("postalCode", "کد پستی", "Postal code", FieldKind.DIGITS, false, 10,
                "[1-9][0-9]{9}", List.of(), null, "Ten digits"));
        return new RequestType("EVERYTHING", version, "همه", "Everything", fields, Duration.ofHours(36), true, 365, 30,
                List.of(new CallWindow(Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2025-02-01T00:00:00Z")),
                        new CallWindow(Instant.parse("2025-03-01T00:00:00.5Z"),
                                Instant.parse("2025-04-01T00:00:00Z"))));
    }

    @Test
    void readsBackExactlyWhatItStored() {
        var saved = new TypeVersion(everything(1), SAVED, "operator");

        assertThat(versions.insert(saved)).isTrue();

        assertThat(versions.find("EVERYTHING", 1)).contains(saved);
        assertThat(versions.latest("EVERYTHING")).contains(saved);
    }

    @Test
    void storesEachVersionOnce() {
        assertThat(versions.insert(new TypeVersion(everything(1), SAVED, "a"))).isTrue();
        assertThat(versions.insert(new TypeVersion(everything(1), SAVED, "b"))).isFalse();
        assertThat(versions.find("EVERYTHING", 1).orElseThrow().savedBy()).isEqualTo("a");
    }

    @Test
    void findsTheLatestVersionOfEachTypeAndTheHistoryNewestFirst() {
        for (int v = 1; v <= 12; v++) {
            versions.insert(new TypeVersion(everything(v), SAVED, "operator"));
        }
        for (RequestType seed : SeedTypes.ALL) {
            versions.insert(new TypeVersion(seed, SAVED, TypeVersion.SEED));
        }

        assertThat(versions.latest("EVERYTHING").orElseThrow().version()).isEqualTo(12);
        assertThat(versions.latestOfEvery()).extracting(TypeVersion::code, TypeVersion::version)
                .hasSize(SeedTypes.ALL.size() + 1)
                .contains(org.assertj.core.groups.Tuple.tuple("EVERYTHING", 12));
        assertThat(versions.historyOf("EVERYTHING")).extracting(TypeVersion::version)
                .containsExactly(12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1);
        assertThat(versions.historyOf("NOPE")).isEmpty();
        assertThat(versions.latest("NOPE")).isEmpty();
        assertThat(versions.find("EVERYTHING", 13)).isEmpty();
    }

    @Test
    void answersNothingWhenEmpty() {
        assertThat(versions.latestOfEvery()).isEmpty();
    }
}
