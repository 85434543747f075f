package ir.saorg.sehat.platform.testing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Scenarios that play the other services on Kafka: each test gets a probe reading {@link #topicsToRead()} from the
 * beginning and a sender, on whichever broker the concrete test class provides.
 */
public abstract class EventFlowScenarios {

    protected KafkaProbe probe;
    protected EventSender sender;

    /** The Kafka bootstrap servers the application under test uses. */
    protected abstract String brokers();

    /** The topics whose records the test waits for. */
    protected abstract String[] topicsToRead();

    @BeforeEach
    void connectToKafka() {
        probe = KafkaProbe.reading(brokers(), topicsToRead());
        sender = new EventSender(brokers());
    }

    @AfterEach
    void disconnectFromKafka() {
        probe.close();
        sender.close();
    }
}
