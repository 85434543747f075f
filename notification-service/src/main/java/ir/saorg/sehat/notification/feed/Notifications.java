package ir.saorg.sehat.notification.feed;

import ir.saorg.sehat.events.IntegrationEvent;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Where feed entries live. */
public interface Notifications {

    /** Stores the notification with its events in one write; false if it already exists. */
    boolean insertIfAbsent(Notification notification, List<IntegrationEvent> events);

    /** The entries of these feeds about one request, oldest first. */
    List<Notification> forRequest(String requestId, Collection<String> recipients);

    /** Every entry about one request, oldest first (operators). */
    List<Notification> forRequest(String requestId);

    /** The newest entries of these feeds delivered before {@code before}, newest first. */
    List<Notification> feed(Collection<String> recipients, Instant before, int limit);

    /** The entries of these feeds delivered after {@code after}, oldest first. */
    List<Notification> feedAfter(Collection<String> recipients, Instant after, int limit);

    /** Entries of any feed delivered at or after {@code since}: what other instances may have added. */
    List<Notification> deliveredSince(Instant since, int limit);
}
