package ir.saorg.sehat.console.deadletters;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The dead-letter topics of this service, one per (topic, group) its consumer bindings read. */
public record DeadLetterTopics(List<DeadLetterTopic> all) {

    /** @param bindings each consumer binding's destinations (comma-separated, as bound) and group */
    public static DeadLetterTopics of(Collection<Binding> bindings) {
        return new DeadLetterTopics(bindings.stream()
                .filter(binding -> binding.group() != null && binding.destination() != null)
                .flatMap(binding -> java.util.Arrays.stream(binding.destination().split(","))
                        .map(String::strip).filter(topic -> !topic.isEmpty())
                        .map(topic -> DeadLetterTopic.of(topic, binding.group())))
                .distinct().sorted(java.util.Comparator.comparing(DeadLetterTopic::name)).toList());
    }

    public Optional<DeadLetterTopic> named(String name) {
        return all.stream().filter(topic -> topic.name().equals(name)).findFirst();
    }

    public record Binding(String destination, String group) {
    }
}
