package ir.saorg.sehat.console.cluster;

import java.util.List;

/**
 * A topic as the console shows it: each partition's end offset, and each consumer group's lag on it (how many records
 * past its committed offset wait, summed over the partitions, and per partition).
 */
public record TopicView(String name, List<Long> endOffsets, List<GroupLag> groups) {

    public int partitions() {
        return endOffsets.size();
    }

    public long records() {
        return endOffsets.stream().mapToLong(Long::longValue).sum();
    }

    public boolean deadLetters() {
        return name.endsWith(".dlt");
    }

    /** @param lags per partition, in partition order; null where the group has committed nothing on it */
    public record GroupLag(String group, List<Long> lags) {

        public long total() {
            return lags.stream().filter(java.util.Objects::nonNull).mapToLong(Long::longValue).sum();
        }
    }
}
