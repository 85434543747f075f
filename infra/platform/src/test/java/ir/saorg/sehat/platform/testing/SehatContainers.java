package ir.saorg.sehat.platform.testing;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * A real Kafka broker (KRaft) and a real MongoDB single-node replica set in containers, started once per test JVM
 * and shared by every {@link SehatContainersTest}. Only reached where a Docker engine exists.
 */
public final class SehatContainers implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.2");
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0");

    public static String kafkaBootstrap() {
        start();
        return KAFKA.getBootstrapServers();
    }

    private static synchronized void start() {
        if (!KAFKA.isRunning() || !MONGO.isRunning()) {
            Startables.deepStart(KAFKA, MONGO).join();
        }
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        start();
        TestPropertyValues.of(
                "spring.kafka.bootstrap-servers=" + KAFKA.getBootstrapServers(),
                "spring.cloud.stream.kafka.binder.brokers=" + KAFKA.getBootstrapServers(),
                "spring.mongodb.uri=" + MONGO.getReplicaSetUrl()).applyTo(context);
    }
}
