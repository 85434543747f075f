package ir.saorg.sehat.request.lifecycle;

import ir.saorg.sehat.events.IntegrationEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Requests in memory with the store's rules: guarded transitions, one open request per student and type, one request
 * per idempotency key; records the events each write would publish.
 */
public class InMemoryRequests implements Requests {

    private final Map<String, Request> stored = new LinkedHashMap<>();
    public final List<IntegrationEvent> published = new ArrayList<>();

    @Override
    public synchronized boolean insert(Request request, List<IntegrationEvent> events) {
        boolean taken = stored.containsKey(request.id()) || stored.values().stream().anyMatch(other ->
                (request.openFor() != null && request.openFor().equals(other.openFor()))
                        || (request.idempotencyKey() != null && request.idempotencyKey().equals(other.idempotencyKey())));
        if (taken) {
            return false;
        }
        stored.put(request.id(), request);
        published.addAll(events);
        return true;
    }

    @Override
    public synchronized Optional<Request> find(String id) {
        return Optional.ofNullable(stored.get(id));
    }

    @Override
    public synchronized Optional<Request> findByIdempotencyKey(String key) {
        return stored.values().stream().filter(r -> key.equals(r.idempotencyKey())).findFirst();
    }

    @Override
    public synchronized Optional<Request> findOpen(String openFor) {
        return stored.values().stream().filter(r -> openFor.equals(r.openFor())).findFirst();
    }

    @Override
    public synchronized boolean apply(Transition transition) {
        Request r = stored.get(transition.requestId());
        if (r == null || r.status() != transition.from()) {
            return false;
        }
        Map<String, Object> f = transition.facts();
        List<TimelineEntry> timeline = new ArrayList<>(r.timeline());
        timeline.addAll(transition.entries());
        stored.put(r.id(), new Request(r.id(), r.type(), r.typeVersion(), r.university(), r.submittedBy(), r.fields(),
                transition.to(), r.submittedAt(), r.resultDueAt(), r.callClosesAt(),
                (Instant) f.getOrDefault("approvedAt", r.approvedAt()),
                (PaymentDue) f.getOrDefault("payment", r.payment()), (IssuedCode) f.getOrDefault("code", r.code()),
                (Instant) f.getOrDefault("initialResultAt", r.initialResultAt()), r.resultAnnouncedAt(),
                (Instant) f.getOrDefault("slaBreachedAt", r.slaBreachedAt()),
                (String) f.getOrDefault("outcomeReason", r.outcomeReason()),
                transition.to().open() ? r.openFor() : null, r.idempotencyKey(), r.batchId(), timeline, r.corrects(),
                (String) f.getOrDefault("correctedBy", r.correctedBy())));
        Set<String> known = Set.of("approvedAt", "payment", "code", "initialResultAt", "slaBreachedAt",
                "outcomeReason", "correctedBy");
        if (!known.containsAll(f.keySet())) {
            throw new IllegalArgumentException("the fake does not know facts " + f.keySet());
        }
        published.addAll(transition.events());
        return true;
    }

    @Override
    public synchronized Optional<Request> recordAnnouncement(String requestId, TimelineEntry entry) {
        Request r = stored.get(requestId);
        if (r == null || r.resultAnnouncedAt() != null) {
            return Optional.empty();
        }
        List<TimelineEntry> timeline = new ArrayList<>(r.timeline());
        timeline.add(entry);
        stored.put(r.id(), new Request(r.id(), r.type(), r.typeVersion(), r.university(), r.submittedBy(), r.fields(),
                r.status(), r.submittedAt(), r.resultDueAt(), r.callClosesAt(), r.approvedAt(), r.payment(), r.code(),
                r.initialResultAt(), entry.at(), r.slaBreachedAt(), r.outcomeReason(), r.openFor(),
                r.idempotencyKey(), r.batchId(), timeline, r.corrects(), r.correctedBy()));
        return Optional.of(stored.get(r.id()));
    }

    @Override
    public synchronized List<Request> awaitingPaymentAfterCall(Instant now, int limit) {
        return stored.values().stream().filter(r -> r.status() == RequestStatus.AWAITING_PAYMENT
                        && r.callClosesAt() != null && !r.callClosesAt().isAfter(now))
                .sorted(Comparator.comparing(Request::submittedAt)).limit(limit).toList();
    }

    /** The events of one type written so far. */
    public synchronized <E extends IntegrationEvent> List<E> published(Class<E> type) {
        return published.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
