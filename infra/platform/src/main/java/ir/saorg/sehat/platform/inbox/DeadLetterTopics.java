package ir.saorg.sehat.platform.inbox;

import org.springframework.cloud.stream.config.BindingServiceProperties;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The dead-letter topics of this service, one per (topic, group) its consumer bindings read. */
public record DeadLetterTopics(List<DeadLetterTopic> all) {

    public static DeadLetterTopics of(BindingServiceProperties bindings) {
        return of(bindings.getBindings().values().stream()
                .map(binding -> new Binding(binding.getDestination(), binding.getGroup())).toList());
    }

    /** @param bindings each consumer binding's destinations (comma-separated, as bound) and group */
    public static DeadLetterTopics of(Collection<Binding> bindings) {
        return new DeadLetterTopics(bindings.stream()
                .filter(binding -> binding.group() != null && binding.destination() != null)
                .flatMap(binding -> Arrays.stream(binding.destination().split(","))
                        .map(String::strip).filter(topic -> !topic.isEmpty())
                        .map(topic -> DeadLetterTopic.of(topic, binding.group())))
                .distinct().sorted(Comparator.comparing(DeadLetterTopic::name)).toList());
    }

    public Optional<DeadLetterTopic> named(String name) {
        return all.stream().filter(topic -> topic.name().equals(name)).findFirst();
    }

    public record Binding(String destination, String group) {
    }
}
