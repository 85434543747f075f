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
 * A service's test on real infrastructure: Kafka and a MongoDB replica set in containers. Reported as skipped where
 * no Docker engine is available; the same scenarios run on in-process infrastructure in the matching
 * {@code *IntegrationTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(properties = {
        "sehat.platform.partitions=2",
        "spring.cloud.stream.kafka.binder.min-partition-count=2",
        "spring.cloud.stream.default.consumer.concurrency=2",
        "spring.cloud.stream.default.consumer.back-off-initial-interval=50",
        "spring.cloud.stream.default.consumer.back-off-max-interval=200"})
@Import(TestTokens.TrustTestTokens.class)
@ContextConfiguration(initializers = SehatContainers.class)
public @interface SehatContainersTest {
}
