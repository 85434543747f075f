package ir.saorg.sehat.console.deadletters;

import ir.saorg.sehat.console.deadletters.DeadLetter.Coordinates;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads dead-letter topics straight from the broker: no consumer group, nothing committed, so reading changes nothing
 * for anyone. Each read opens its own short-lived consumer, assigns the partitions and reads up to their end offsets
 * as they were when it began.
 */
public class DeadLetterRecords {

    private static final Duration POLL = Duration.ofMillis(200);
    /** A dead letter may be as large as the broker allows (1 MiB by default): few at a time. */
    private static final int MAX_POLL_RECORDS = 100;

    private final Map<String, Object> consumerConfig;
    private final Duration timeout;

    public DeadLetterRecords(String bootstrapServers, String clientId, Duration timeout) {
        this.timeout = timeout;
        this.consumerConfig = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.CLIENT_ID_CONFIG, clientId,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, MAX_POLL_RECORDS,
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    }

    /** How many records each topic holds (end minus beginning offsets); 0 for a topic that does not exist yet. */
    public Map<String, Long> counts(List<String> topics) {
        try (var consumer = consumer()) {
            Map<String, Long> counts = new HashMap<>();
            for (String topic : topics) {
                List<TopicPartition> partitions = partitions(consumer, topic);
                if (partitions.isEmpty()) {
                    counts.put(topic, 0L);
                    continue;
                }
                Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, timeout);
                Map<TopicPartition, Long> begins = consumer.beginningOffsets(partitions, timeout);
                counts.put(topic, partitions.stream().mapToLong(p -> ends.get(p) - begins.get(p)).sum());
            }
            return counts;
        }
    }

    /** The newest {@code limit} records of the topic, newest first. */
    public List<ConsumerRecord<byte[], byte[]>> newest(String topic, int limit) {
        try (var consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer, topic);
            if (partitions.isEmpty()) {
                return List.of();
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, timeout);
            Map<TopicPartition, Long> begins = consumer.beginningOffsets(partitions, timeout);
            Map<TopicPartition, Long> wanted = new HashMap<>();
            for (TopicPartition partition : partitions) {
                long from = Math.max(begins.get(partition), ends.get(partition) - limit);
                consumer.seek(partition, from);
                if (from < ends.get(partition)) {
                    wanted.put(partition, ends.get(partition));
                }
            }
            List<ConsumerRecord<byte[], byte[]>> records = readUntil(consumer, wanted);
            records.sort(Comparator.comparingLong((ConsumerRecord<byte[], byte[]> r) -> r.timestamp())
                    .thenComparingLong(ConsumerRecord::offset).reversed());
            return records.size() <= limit ? records : records.subList(0, limit);
        }
    }

    /**
     * Every record of the topic from its beginning up to its end offsets as they were when this began, handed over a
     * chunk at a time in each partition's order: a topic of any size is read holding one chunk (and one poll) at once.
     *
     * @throws DeadLettersUnavailableException when no record arrives for the timeout while some are still to come
     */
    public void fromBeginning(String topic, int chunk, Consumer<List<ConsumerRecord<byte[], byte[]>>> each) {
        try (var consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer, topic);
            if (partitions.isEmpty()) {
                return;
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            read(consumer, consumer.endOffsets(partitions, timeout), chunk, each);
        }
    }

    public Optional<ConsumerRecord<byte[], byte[]>> one(Coordinates at) {
        try (var consumer = consumer()) {
            TopicPartition partition = new TopicPartition(at.topic(), at.partition());
            if (partitions(consumer, at.topic()).stream().noneMatch(partition::equals)) {
                return Optional.empty();
            }
            consumer.assign(List.of(partition));
            long end = consumer.endOffsets(List.of(partition), timeout).get(partition);
            long begin = consumer.beginningOffsets(List.of(partition), timeout).get(partition);
            if (at.offset() < begin || at.offset() >= end) {
                return Optional.empty();
            }
            consumer.seek(partition, at.offset());
            return readUntil(consumer, Map.of(partition, at.offset() + 1)).stream()
                    .filter(record -> record.offset() == at.offset()).findFirst();
        }
    }

    private List<ConsumerRecord<byte[], byte[]>> readUntil(KafkaConsumer<byte[], byte[]> consumer,
                                                          Map<TopicPartition, Long> ends) {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        read(consumer, ends, Integer.MAX_VALUE, records::addAll);
        return records;
    }

    /**
     * Reads from the consumer's positions up to the end offsets given (records past them are left), handing them over
     * {@code chunk} at a time.
     *
     * @throws DeadLettersUnavailableException when nothing arrives for the timeout while some are still to come
     */
    private void read(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> ends, int chunk,
                      Consumer<List<ConsumerRecord<byte[], byte[]>>> each) {
        List<ConsumerRecord<byte[], byte[]>> pending = new ArrayList<>();
        Instant deadline = Instant.now().plus(timeout);
        while (ends.entrySet().stream().anyMatch(end -> consumer.position(end.getKey(), timeout) < end.getValue())) {
            if (Instant.now().isAfter(deadline)) {
                throw new DeadLettersUnavailableException("no dead letters arrived for " + timeout);
            }
            var polled = consumer.poll(POLL);
            if (!polled.isEmpty()) {
                deadline = Instant.now().plus(timeout);
            }
            for (ConsumerRecord<byte[], byte[]> record : polled) {
                if (record.offset() < ends.getOrDefault(new TopicPartition(record.topic(), record.partition()), 0L)) {
                    pending.add(record);
                }
                if (pending.size() == chunk) {
                    each.accept(List.copyOf(pending));
                    pending.clear();
                }
            }
        }
        if (!pending.isEmpty()) {
            each.accept(List.copyOf(pending));
        }
    }

    private List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> consumer, String topic) {
        List<PartitionInfo> infos = consumer.listTopics(timeout).get(topic);
        return infos == null ? List.of()
                : infos.stream().map(info -> new TopicPartition(topic, info.partition())).toList();
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        return new KafkaConsumer<>(new HashMap<>(consumerConfig));
    }

    public static class DeadLettersUnavailableException extends RuntimeException {

        public DeadLettersUnavailableException(String message) {
            super(message);
        }
    }
}
