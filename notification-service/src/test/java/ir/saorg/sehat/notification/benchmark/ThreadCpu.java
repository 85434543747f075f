package ir.saorg.sehat.notification.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * CPU time of the JVM's platform threads, grouped by name with the numbers taken out, so that a benchmark can say which
 * part of the one JVM (broker, store, consumer, carriers of virtual threads) spent what. What the threads do not account
 * for is the JVM's own work: garbage collection and compilation.
 */
final class ThreadCpu {

    private ThreadCpu() {
    }

    static Map<String, Long> byGroup() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> groups = new HashMap<>();
        for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long nanos = threads.getThreadCpuTime(info.getThreadId());
            if (nanos > 0) {
                groups.merge(group(info.getThreadName()), nanos, Long::sum);
            }
        }
        return groups;
    }

    /** Thread names without their numbers and instance details: "mongo-server-worker3" and "...worker4" are one group. */
    static String group(String name) {
        String group = name.replaceAll("\\d+", "#");
        int detail = group.indexOf('{');
        return detail > 0 ? group.substring(0, detail) : group;
    }

    /** The groups that spent the most between two snapshots, in µs per unit, and the rest of the process's CPU. */
    static String report(Map<String, Long> before, Map<String, Long> after, long processNanos, long units) {
        Map<String, Long> spent = new HashMap<>();
        after.forEach((group, nanos) -> spent.put(group, nanos - before.getOrDefault(group, 0L)));
        long threads = spent.values().stream().mapToLong(Long::longValue).sum();
        String top = spent.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(10)
                .map(e -> String.format("%s %.0f µs", e.getKey(), e.getValue() / 1e3 / units))
                .collect(Collectors.joining("; "));
        return top + String.format("; the JVM itself (GC, JIT) %.0f µs per unit", (processNanos - threads) / 1e3 / units);
    }
}
