package ir.saorg.sehat.platform.testing;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Gives each test application context its own in-memory MongoDB-wire-protocol server on a free port, and points
 * {@code spring.mongodb.uri} at it. The server stops with the context.
 */
public class EmbeddedMongoInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        MongoServer server = new MongoServer(new MemoryBackend());
        var address = server.bind();
        String database = context.getEnvironment().getProperty("spring.application.name", "test");
        TestPropertyValues.of("spring.mongodb.uri=mongodb://127.0.0.1:" + address.getPort() + "/" + database)
                .applyTo(context);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                server.shutdownNow();
            }
        });
    }
}
