package ir.saorg.sehat.platform.testing;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.testcontainers.junit.jupiter.Testcontainers;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Like {@link SehatContainersTest}, but the application listens on a random port: Kafka and a MongoDB replica set in
 * containers; skipped where no Docker engine is available.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "sehat.platform.partitions=2",
        "spring.cloud.stream.kafka.binder.min-partition-count=2",
        "spring.cloud.stream.default.consumer.concurrency=2",
        "spring.cloud.stream.default.consumer.back-off-initial-interval=50",
        "spring.cloud.stream.default.consumer.back-off-max-interval=200"})
@Import(TestTokens.TrustTestTokens.class)
@ContextConfiguration(initializers = SehatContainers.class)
public @interface SehatServerContainersTest {
}
