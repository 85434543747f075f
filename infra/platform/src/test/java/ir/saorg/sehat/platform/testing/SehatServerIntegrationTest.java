package ir.saorg.sehat.platform.testing;

import ir.saorg.sehat.events.Topics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Like {@link SehatIntegrationTest}, but the application listens on a random port, for tests that need real HTTP
 * (the payment sandbox inside payment-service is called over HTTP): in-process Kafka (KRaft) and MongoDB-wire-protocol
 * server.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "spring.cloud.stream.kafka.binder.brokers=${spring.embedded.kafka.brokers}",
        "sehat.platform.partitions=2",
        "spring.cloud.stream.kafka.binder.min-partition-count=2",
        "spring.cloud.stream.default.consumer.concurrency=2",
        "spring.cloud.stream.default.consumer.back-off-initial-interval=50",
        "spring.cloud.stream.default.consumer.back-off-max-interval=200"})
@EmbeddedKafka(partitions = 2, topics = {Topics.REQUEST_EVENTS, Topics.PAYMENT_EVENTS, Topics.CODE_EVENTS,
        Topics.NOTIFICATION_EVENTS})
@Import(TestTokens.TrustTestTokens.class)
@ContextConfiguration(initializers = EmbeddedMongoInitializer.class)
public @interface SehatServerIntegrationTest {
}
