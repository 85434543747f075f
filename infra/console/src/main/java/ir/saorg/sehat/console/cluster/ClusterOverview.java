package ir.saorg.sehat.console.cluster;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Asks the broker, through the admin client, for the topics (internal ones left out), their partitions' end offsets,
 * and every consumer group's committed offsets, and works out each group's lag on each topic it reads.
 */
public class ClusterOverview {

    private final Admin admin;
    private final Duration timeout;

    public ClusterOverview(Admin admin, Duration timeout) {
        this.admin = admin;
        this.timeout = timeout;
    }

    public List<TopicView> topics() {
        try {
            Set<String> names = get(admin.listTopics(new ListTopicsOptions().listInternal(false)).names());
            if (names.isEmpty()) {
                return List.of();
            }
            Map<String, TopicDescription> described = get(admin.describeTopics(names).allTopicNames());
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            described.values().forEach(topic -> topic.partitions().forEach(partition ->
                    latest.put(new TopicPartition(topic.name(), partition.partition()), OffsetSpec.latest())));
            Map<TopicPartition, ListOffsetsResultInfo> ends = get(admin.listOffsets(latest).all());
            Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = committedOffsets();
            return described.values().stream().sorted(Comparator.comparing(TopicDescription::name))
                    .map(topic -> view(topic, ends, committed)).toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClusterUnavailableException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new ClusterUnavailableException(e);
        }
    }

    private Map<String, Map<TopicPartition, OffsetAndMetadata>> committedOffsets()
            throws InterruptedException, ExecutionException, TimeoutException {
        Collection<ConsumerGroupListing> groups = get(admin.listConsumerGroups().all());
        Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = new HashMap<>();
        for (ConsumerGroupListing group : groups) {
            committed.put(group.groupId(), get(admin.listConsumerGroupOffsets(group.groupId(),
                    new ListConsumerGroupOffsetsOptions()).partitionsToOffsetAndMetadata()));
        }
        return committed;
    }

    private static TopicView view(TopicDescription topic, Map<TopicPartition, ListOffsetsResultInfo> ends,
                                  Map<String, Map<TopicPartition, OffsetAndMetadata>> committed) {
        int partitions = topic.partitions().size();
        List<Long> endOffsets = new ArrayList<>();
        for (int p = 0; p < partitions; p++) {
            ListOffsetsResultInfo end = ends.get(new TopicPartition(topic.name(), p));
            endOffsets.add(end == null ? 0L : end.offset());
        }
        List<TopicView.GroupLag> lags = committed.entrySet().stream()
                .filter(group -> group.getValue().keySet().stream().anyMatch(tp -> tp.topic().equals(topic.name())))
                .sorted(Map.Entry.comparingByKey())
                .map(group -> {
                    List<Long> perPartition = new ArrayList<>();
                    for (int p = 0; p < partitions; p++) {
                        OffsetAndMetadata at = group.getValue().get(new TopicPartition(topic.name(), p));
                        perPartition.add(at == null ? null : Math.max(0, endOffsets.get(p) - at.offset()));
                    }
                    return new TopicView.GroupLag(group.getKey(), perPartition);
                }).collect(Collectors.toList());
        return new TopicView(topic.name(), List.copyOf(endOffsets), lags);
    }

    private <T> T get(org.apache.kafka.common.KafkaFuture<T> future)
            throws InterruptedException, ExecutionException, TimeoutException {
        return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public static class ClusterUnavailableException extends RuntimeException {

        ClusterUnavailableException(Throwable cause) {
            super("the Kafka cluster did not answer: " + cause, cause);
        }
    }
}
