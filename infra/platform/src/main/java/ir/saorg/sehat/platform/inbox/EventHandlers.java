package ir.saorg.sehat.platform.inbox;

import ir.saorg.sehat.events.EventType;
import ir.saorg.sehat.events.IntegrationEvent;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Which handler a service runs for which event type. Types without a handler are ignored, as the contract asks.
 * Every handler must be a guarded state transition: safe to run again for an event it has already applied.
 */
public final class EventHandlers {

    private final Map<String, Handler<?>> byType;

    private EventHandlers(Map<String, Handler<?>> byType) {
        this.byType = Map.copyOf(byType);
    }

    public static Builder builder() {
        return new Builder();
    }

    Optional<Handler<?>> forType(String typeName) {
        return Optional.ofNullable(byType.get(typeName));
    }

    record Handler<E extends IntegrationEvent>(EventType<E> type, Consumer<E> action) {

        void handle(Object event) {
            action.accept(type.payload().cast(event));
        }
    }

    /** Collects handlers, one per event type. */
    public static final class Builder {

        private final Map<String, Handler<?>> byType = new LinkedHashMap<>();

        public <E extends IntegrationEvent> Builder on(EventType<E> type, Consumer<E> action) {
            if (byType.putIfAbsent(type.name(), new Handler<>(type, action)) != null) {
                throw new IllegalStateException("two handlers for " + type.name());
            }
            return this;
        }

        public EventHandlers build() {
            return new EventHandlers(byType);
        }
    }
}
