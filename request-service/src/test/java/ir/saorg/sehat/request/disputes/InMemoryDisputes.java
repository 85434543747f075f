package ir.saorg.sehat.request.disputes;

import ir.saorg.sehat.events.IntegrationEvent;
import ir.saorg.sehat.events.request.DisputeClosed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Disputes in memory with the store's rules: one per request, guarded writes; records the events each write publishes. */
class InMemoryDisputes implements Disputes {

    private final Map<String, Dispute> stored = new LinkedHashMap<>();
    private final List<IntegrationEvent> published = new ArrayList<>();

    @Override
    public synchronized boolean insert(Dispute dispute, List<IntegrationEvent> events) {
        if (stored.values().stream().anyMatch(d -> d.requestId().equals(dispute.requestId()))) {
            return false;
        }
        stored.put(dispute.id(), dispute);
        published.addAll(events);
        return true;
    }

    @Override
    public synchronized Optional<Dispute> find(String id) {
        return Optional.ofNullable(stored.get(id));
    }

    @Override
    public synchronized Optional<Dispute> findByRequest(String requestId) {
        return stored.values().stream().filter(d -> d.requestId().equals(requestId)).findFirst();
    }

    @Override
    public synchronized boolean append(String id, DisputeMessage message, List<IntegrationEvent> events) {
        Dispute d = stored.get(id);
        if (d == null || d.status() != DisputeStatus.OPEN || !d.closesAt().isAfter(message.at())) {
            return false;
        }
        List<DisputeMessage> messages = new ArrayList<>(d.messages());
        messages.add(message);
        stored.put(id, new Dispute(d.id(), d.requestId(), d.university(), d.requestStatus(), d.openedBy(), d.reason(),
                d.status(), d.openedAt(), d.closesAt(), messages, null, null, null, null));
        published.addAll(events);
        return true;
    }

    @Override
    public synchronized boolean close(String id, Dispute.Closing closing, List<IntegrationEvent> events) {
        Dispute d = stored.get(id);
        boolean settled = closing.outcome() == DisputeClosed.Outcome.SETTLED;
        if (d == null || d.status() != DisputeStatus.OPEN
                || (settled ? !d.closesAt().isAfter(closing.at()) : d.closesAt().isAfter(closing.at()))) {
            return false;
        }
        stored.put(id, new Dispute(d.id(), d.requestId(), d.university(), d.requestStatus(), d.openedBy(), d.reason(),
                DisputeStatus.CLOSED, d.openedAt(), d.closesAt(), d.messages(), closing.outcome(), closing.decision(),
                closing.at(), closing.by()));
        published.addAll(events);
        return true;
    }

    @Override
    public synchronized List<Dispute> overdue(Instant now, int limit) {
        return stored.values().stream().filter(d -> d.status() == DisputeStatus.OPEN && !d.closesAt().isAfter(now))
                .sorted(Comparator.comparing(Dispute::closesAt)).limit(limit).toList();
    }

    @Override
    public synchronized Page page(DisputeStatus status, String university, int page, int size) {
        Comparator<Dispute> order = status == DisputeStatus.OPEN ? Comparator.comparing(Dispute::closesAt)
                : Comparator.comparing(Dispute::openedAt).reversed();
        List<Dispute> all = stored.values().stream().filter(d -> status == null || d.status() == status)
                .filter(d -> university == null || university.equals(d.university())).sorted(order).toList();
        return new Page(all.stream().skip((long) page * size).limit(size).toList(), all.size());
    }

    synchronized <E extends IntegrationEvent> List<E> published(Class<E> type) {
        return published.stream().filter(type::isInstance).map(type::cast).toList();
    }

    synchronized int publishedCount() {
        return published.size();
    }
}
