package ir.saorg.sehat.notification.feed.web;

import ir.saorg.sehat.notification.feed.Notification;
import ir.saorg.sehat.notification.feed.Notifications;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** {@code GET /api/v1/notifications?requestId=...}: the notifications sent about a request. */
@RestController
@RequestMapping("/api/v1/notifications")
class FeedController {

    private final Notifications notifications;

    FeedController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    List<Notification> forRequest(@RequestParam UUID requestId) {
        return notifications.forRequest(requestId.toString());
    }
}
