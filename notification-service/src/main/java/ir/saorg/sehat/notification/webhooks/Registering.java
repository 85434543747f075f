package ir.saorg.sehat.notification.webhooks;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** An administrator registers a downstream system's webhook; the answer carries its secret, the only time it is shown. */
public class Registering {

    static final int MAX_TYPES = 32;
    static final int MAX_DESCRIPTION = 200;

    private final Subscriptions subscriptions;
    private final UrlGuard guard;
    private final ActiveSubscriptions active;
    private final Clock clock;

    public Registering(Subscriptions subscriptions, UrlGuard guard, ActiveSubscriptions active, Clock clock) {
        this.subscriptions = subscriptions;
        this.guard = guard;
        this.active = active;
        this.clock = clock;
    }

    /** What is wrong with a registration, every field at once; {@code key} names the message. */
    public record Violation(String field, String key, List<Object> arguments) {
    }

    /** The registration breaks these rules. */
    public static class InvalidRegistrationException extends RuntimeException {

        private final List<Violation> violations;

        InvalidRegistrationException(List<Violation> violations) {
            super(violations.toString());
            this.violations = List.copyOf(violations);
        }

        public List<Violation> violations() {
            return violations;
        }
    }

    public Subscription register(String url, List<String> eventTypes, String description, String by) {
        return register(url, eventTypes, description, by, null);
    }

    /** {@code maxEventsPerBatch}: null or 1 for one event per POST, up to {@value Subscription#MOST_EVENTS_PER_BATCH}. */
    public Subscription register(String url, List<String> eventTypes, String description, String by,
                                 Integer maxEventsPerBatch) {
        List<Violation> violations = new ArrayList<>();
        try {
            guard.check(url);
        } catch (UnsafeUrlException unsafe) {
            violations.add(new Violation("url", "webhook." + unsafe.reason(), List.of()));
        }
        Set<String> types = new LinkedHashSet<>();
        if (eventTypes == null || eventTypes.isEmpty()) {
            violations.add(new Violation("eventTypes", "webhook.event-types-empty", List.of()));
        } else if (eventTypes.size() > MAX_TYPES) {
            violations.add(new Violation("eventTypes", "webhook.event-types-too-many", List.of(MAX_TYPES)));
        } else {
            for (String type : eventTypes) {
                if (type == null || !WebhookEventTypes.NAMES.contains(type.strip())) {
                    violations.add(new Violation("eventTypes", "webhook.event-type-unknown",
                            List.of(type == null ? "null" : type.length() > 100 ? type.substring(0, 100) + "…" : type)));
                } else {
                    types.add(type.strip());
                }
            }
        }
        if (description != null && description.length() > MAX_DESCRIPTION) {
            violations.add(new Violation("description", "webhook.description-too-long", List.of(MAX_DESCRIPTION)));
        }
        if (maxEventsPerBatch != null
                && (maxEventsPerBatch < 1 || maxEventsPerBatch > Subscription.MOST_EVENTS_PER_BATCH)) {
            violations.add(new Violation("maxEventsPerBatch", "webhook.batch-size-out-of-range",
                    List.of(Subscription.MOST_EVENTS_PER_BATCH)));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRegistrationException(violations);
        }
        var subscription = new Subscription(UUID.randomUUID().toString(), url.strip(), types,
                WebhookSignature.newSecret(), description == null ? null : description.strip(), by, clock.instant(),
                true, maxEventsPerBatch == null ? 1 : maxEventsPerBatch);
        subscriptions.insert(subscription);
        active.changed();
        return subscription;
    }

    public boolean delete(String id) {
        boolean deleted = subscriptions.deactivate(id);
        active.changed();
        return deleted;
    }
}
