package ir.saorg.sehat.notification.feed;

import ir.saorg.sehat.events.IntegrationEvent;

import java.util.List;

/** Where notifications live. */
public interface Notifications {

    /** Stores the notification with its events in one write; false if it already exists. */
    boolean insertIfAbsent(Notification notification, List<IntegrationEvent> events);

    List<Notification> forRequest(String requestId);
}
