package ir.saorg.sehat.notification.webhooks;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** Subscriptions in memory, for tests of what reads them. */
class InMemorySubscriptions implements Subscriptions {

    final List<Subscription> stored = new CopyOnWriteArrayList<>();

    @Override
    public void insert(Subscription subscription) {
        stored.add(subscription);
    }

    @Override
    public Optional<Subscription> find(String id) {
        return stored.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    @Override
    public List<Subscription> active() {
        return stored.stream().filter(Subscription::active).toList();
    }

    @Override
    public List<Subscription> all(int limit) {
        return stored.stream().limit(limit).toList();
    }

    @Override
    public boolean deactivate(String id) {
        Optional<Subscription> found = find(id).filter(Subscription::active);
        found.ifPresent(s -> stored.set(stored.indexOf(s), new Subscription(s.id(), s.url(), s.eventTypes(),
                s.secret(), s.description(), s.createdBy(), s.createdAt(), false, s.maxEventsPerBatch())));
        return found.isPresent();
    }
}
