package ir.saorg.sehat.platform.observability;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.stream.config.BindingProperties;
import org.springframework.cloud.stream.config.BindingServiceProperties;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DeadLetterMeterTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void countsEachDeadLetterByTopicAndGroupAndKeepsTheOriginalPartition() {
        var meter = new DeadLetterMeter(meters);

        Integer partition = meter.apply("request-service", new ConsumerRecord<>("sehat.code.events", 4, 17L, "k", "v"),
                new IllegalStateException("poison"));

        assertThat(partition).isEqualTo(4);
        assertThat(meters.get("sehat.dead_letters").tag("topic", "sehat.code.events").tag("group", "request-service")
                .counter().count()).isEqualTo(1.0);
    }

    @Test
    void startsEveryConsumerBindingAtZero() {
        var binding = new BindingProperties();
        binding.setDestination("sehat.payment.events, sehat.code.events");
        binding.setGroup("request-service");
        var producer = new BindingProperties();
        producer.setDestination("sehat.request.events");
        var bindings = new BindingServiceProperties();
        bindings.setBindings(Map.of("events-in-0", binding, "events-out-0", producer));

        new DeadLetterMeter(meters, bindings);

        assertThat(meters.get("sehat.dead_letters").counters()).hasSize(2)
                .allSatisfy(counter -> assertThat(counter.count()).isZero());
        assertThat(meters.get("sehat.dead_letters").tag("topic", "sehat.payment.events").counter()).isNotNull();
    }
}
