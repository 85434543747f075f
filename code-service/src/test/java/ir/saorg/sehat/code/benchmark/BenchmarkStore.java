package ir.saorg.sehat.code.benchmark;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import ir.saorg.sehat.store.EmbeddedStore;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The store under benchmark, in this JVM: mongo-java-server with the H2 backend in a fresh file, as {@code ./sehat up}
 * runs it (there in its own process), or with {@code -Dsehat.bench.store=memory} the in-memory backend the
 * integration tests use; or, with {@code -Dsehat.bench.mongodb=mongodb://host:27017}, a real MongoDB elsewhere (a
 * fresh database is used and left behind for a look).
 */
public class BenchmarkStore implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static String kind() {
        return System.getProperty("sehat.bench.store", "h2");
    }

    static String described() {
        return System.getProperty(EXTERNAL) != null ? "MongoDB at " + System.getProperty(EXTERNAL)
                : "mongo-java-server " + kind() + " backend in this JVM";
    }

    static final String EXTERNAL = "sehat.bench.mongodb";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String external = System.getProperty(EXTERNAL);
        if (external != null) {
            String base = external.endsWith("/") ? external : external + "/";
            TestPropertyValues.of("spring.mongodb.uri=" + base + "code-service-bench-" + System.currentTimeMillis())
                    .applyTo(context);
            return;
        }
        MongoServer server;
        if ("memory".equals(kind())) {
            server = new MongoServer(new MemoryBackend());
        } else {
            try {
                Path file = Files.createDirectories(Path.of("target", "benchmark")).resolve("store-" + System.nanoTime() + ".mv");
                server = new MongoServer(EmbeddedStore.open(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        var address = server.bind();
        TestPropertyValues.of("spring.mongodb.uri=mongodb://127.0.0.1:" + address.getPort() + "/code-service")
                .applyTo(context);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                server.shutdownNow();
            }
        });
    }
}
