package ir.saorg.sehat.payment.paying;

import ir.saorg.sehat.events.IntegrationEvent;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Payments held in memory with the same guarded-transition rule as the MongoDB store; records published events. */
public class InMemoryPayments implements Payments {

    private final Map<String, Payment> payments = new ConcurrentHashMap<>();
    public final List<IntegrationEvent> published = new ArrayList<>();

    @Override
    public synchronized boolean insertIfAbsent(Payment payment, List<IntegrationEvent> events) {
        if (payments.putIfAbsent(payment.id(), payment) != null) {
            return false;
        }
        published.addAll(events);
        return true;
    }

    @Override
    public Optional<Payment> find(String id) {
        return Optional.ofNullable(payments.get(id));
    }

    @Override
    public Optional<Payment> findByAuthority(String authority) {
        return payments.values().stream().filter(p -> authority.equals(p.authority())).findFirst();
    }

    @Override
    public synchronized boolean apply(PaymentTransition transition) {
        Payment current = payments.get(transition.paymentId());
        if (current == null || current.status() != transition.from()) {
            return false;
        }
        var facts = new HashMap<>(transition.facts());
        facts.put("status", transition.to());
        payments.put(current.id(), with(current, facts));
        published.addAll(transition.events());
        return true;
    }

    @Override
    public List<Payment> dueForCheck(List<PaymentStatus> statuses, Instant now, int limit) {
        return payments.values().stream()
                .filter(p -> statuses.contains(p.status()) && p.nextCheckAt() != null && !p.nextCheckAt().isAfter(now))
                .sorted(Comparator.comparing(Payment::nextCheckAt)).limit(limit).toList();
    }

    @Override
    public List<Payment> page(String university, int page, int size) {
        return payments.values().stream().filter(p -> university == null || university.equals(p.university()))
                .sorted(Comparator.comparing(Payment::decidedAt).reversed()).skip((long) page * size).limit(size)
                .toList();
    }

    @Override
    public List<Payment> settledBetween(Instant from, Instant to) {
        return payments.values().stream().filter(p -> p.settledAt() != null && !p.settledAt().isBefore(from)
                && p.settledAt().isBefore(to)).toList();
    }

    public synchronized <E extends IntegrationEvent> List<E> published(Class<E> type) {
        return published.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public Payment get(String id) {
        return payments.get(id);
    }

    public void put(Payment payment) {
        payments.put(payment.id(), payment);
    }

    private static Payment with(Payment payment, Map<String, Object> facts) {
        try {
            RecordComponent[] components = Payment.class.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                String name = components[i].getName();
                types[i] = components[i].getType();
                values[i] = facts.containsKey(name) ? facts.get(name) : components[i].getAccessor().invoke(payment);
            }
            return Payment.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
