package ir.saorg.sehat.request.sla;

import ir.saorg.sehat.events.request.SlaBreached;
import ir.saorg.sehat.request.lifecycle.TimelineEntry;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The store's side of the agreement's clocks, in memory, with the same conditional marking. */
class InMemorySlaRecords implements SlaRecords {

    final Map<String, SlaSample> requests = new ConcurrentHashMap<>();
    final List<SlaBreached> published = new CopyOnWriteArrayList<>();
    final List<TimelineEntry> timeline = new CopyOnWriteArrayList<>();

    void add(SlaSample... samples) {
        for (SlaSample sample : samples) {
            requests.put(sample.id(), sample);
        }
    }

    @Override
    public Stream<SlaSample> submitted(SlaScope scope) {
        return requests.values().stream()
                .filter(r -> !r.submittedAt().isBefore(scope.start()) && r.submittedAt().isBefore(scope.end()))
                .filter(r -> scope.university() == null || scope.university().equals(r.university()))
                .filter(r -> scope.types().isEmpty() || scope.types().contains(r.type()));
    }

    @Override
    public Stream<SlaSample> unmarkedPastDue(Instant now) {
        return List.copyOf(requests.values()).stream().filter(r -> r.status().open() && r.slaBreachedAt() == null
                && r.initialResultAt() == null && r.resultDueAt().isBefore(now));
    }

    @Override
    public Stream<SlaSample> resultedUnmarkedDueBetween(Instant after, Instant upTo) {
        return List.copyOf(requests.values()).stream().filter(r -> r.resultDueAt().isAfter(after)
                && !r.resultDueAt().isAfter(upTo) && r.slaBreachedAt() == null && r.initialResultAt() != null);
    }

    @Override
    public synchronized boolean markBreached(SlaSample request, TimelineEntry entry, SlaBreached event) {
        SlaSample now = requests.get(request.id());
        boolean breached = now.initialResultAt() == null || now.initialResultAt().isAfter(request.resultDueAt());
        if (now.slaBreachedAt() != null || !breached) {
            return false;
        }
        requests.put(now.id(), new SlaSample(now.id(), now.type(), now.university(), now.status(), now.submittedAt(),
                now.resultDueAt(), now.initialResultAt(), now.resultAnnouncedAt(), entry.at()));
        published.add(event);
        timeline.add(entry);
        return true;
    }

    @Override
    public Map<String, Long> openPastDueByType(Instant now) {
        return requests.values().stream().filter(r -> r.status().open() && r.initialResultAt() == null
                        && r.resultDueAt().isBefore(now))
                .collect(Collectors.groupingBy(SlaSample::type, TreeMap::new, Collectors.counting()));
    }
}
