package ir.saorg.sehat.platform.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import ir.saorg.sehat.platform.inbox.DeadLetterTopics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.cloud.stream.binder.kafka.utils.DlqPartitionFunction;
import org.springframework.cloud.stream.config.BindingServiceProperties;


/**
 * Counts every record the Kafka binder sends to a dead-letter topic, as {@code sehat.dead_letters{topic, group}}
 * (the source topic and the consumer group, so the dead-letter topic is {@code <topic>.<group>.dlt}). The binder asks
 * this function for the dead letter's partition just before it publishes one; the answer is the binder's own default
 * (the original record's partition, as when no {@code dlqPartitions} is set), so only the count is added.
 */
public class DeadLetterMeter implements DlqPartitionFunction {

    private final MeterRegistry meters;

    public DeadLetterMeter(MeterRegistry meters) {
        this.meters = meters;
    }

    /**
     * Registers the counter of every consumer binding at zero, so that the first dead letter shows as an increase
     * (Prometheus cannot see an increase in a series whose first sample is already 1).
     */
    public DeadLetterMeter(MeterRegistry meters, BindingServiceProperties bindings) {
        this(meters);
        DeadLetterTopics.of(bindings).all().forEach(topic -> counter(topic.source(), topic.group()));
    }

    @Override
    public Integer apply(String group, ConsumerRecord<?, ?> record, Throwable cause) {
        counter(record.topic(), String.valueOf(group)).increment();
        return DlqPartitionFunction.ORIGINAL_PARTITION.apply(group, record, cause);
    }

    private Counter counter(String topic, String group) {
        return Counter.builder("sehat.dead_letters").tag("topic", topic).tag("group", group)
                .description("records sent to a dead-letter topic after their handler failed").register(meters);
    }
}
