package ir.saorg.sehat.notification.feed;

import ir.saorg.sehat.events.IntegrationEvent;
import ir.saorg.sehat.events.code.CodeIssued;
import ir.saorg.sehat.events.notification.NotificationDelivered;
import ir.saorg.sehat.platform.text.CodeGroups;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Step 6 of the saga: tells the staff member that the code is issued, and tells request-service when, which is when
 * the agreement's clock stops. Once per event in effect: the notification's id is derived from the event.
 */
public class ReportingCodeIssued {

    static final String STAFF = "university-staff";

    private final Notifications notifications;
    private final Clock clock;

    public ReportingCodeIssued(Notifications notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    public void onCodeIssued(CodeIssued issued) {
        Instant now = clock.instant();
        String display = CodeGroups.of(issued.code());
        var notification = new Notification(Notification.idFor(issued.eventId(), Notification.IN_APP, STAFF),
                issued.requestId().toString(), STAFF, Notification.IN_APP, "CODE_ISSUED",
                "کد صحت درخواست صادر شد: " + display,
                "The verification code for the request was issued: " + display, now);
        List<IntegrationEvent> events = List.of(new NotificationDelivered(UUID.randomUUID(), now, issued.requestId(),
                UUID.fromString(notification.id()), notification.subject(), notification.channel(), now));
        notifications.insertIfAbsent(notification, events);
    }
}
