package ir.saorg.sehat.notification.delivery.web;

import ir.saorg.sehat.notification.delivery.Deliveries;
import ir.saorg.sehat.notification.delivery.config.DeliveryConfiguration;
import ir.saorg.sehat.notification.feed.Notifications;
import ir.saorg.sehat.platform.problem.Problem;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * {@code GET /api/v1/notifications/deliveries?requestId=}: how every notification about a request fared, per channel
 * and recipient (feed entries are SENT when stored); {@code GET .../deliveries/{id}}: one delivery.
 */
@RestController
@RequestMapping("/api/v1/notifications/deliveries")
class TrackingController {

    private final Deliveries staff;
    private final Deliveries webhooks;
    private final Notifications feed;

    TrackingController(@Qualifier(DeliveryConfiguration.STAFF) Deliveries staff,
                       @Qualifier(DeliveryConfiguration.WEBHOOKS) Deliveries webhooks, Notifications feed) {
        this.staff = staff;
        this.webhooks = webhooks;
        this.feed = feed;
    }

    @GetMapping
    List<DeliveryView> forRequest(@RequestParam UUID requestId) {
        String id = requestId.toString();
        List<DeliveryView> views = new ArrayList<>();
        feed.forRequest(id).forEach(n -> views.add(new DeliveryView(n.id(), null, null, n.requestId(), n.subject(),
                n.channel(), n.recipient(), "SENT", 1, n.deliveredAt(), null, n.deliveredAt(), null)));
        staff.forRequest(id).forEach(d -> views.add(DeliveryView.of(d)));
        webhooks.forRequest(id).forEach(d -> views.add(DeliveryView.of(d)));
        views.sort(Comparator.comparing(DeliveryView::createdAt));
        return views;
    }

    @GetMapping("/{id}")
    DeliveryView one(@PathVariable UUID id) {
        return staff.byId(id.toString()).or(() -> webhooks.byId(id.toString())).map(DeliveryView::of)
                .orElseThrow(() -> new Problem(HttpStatus.NOT_FOUND, "delivery-not-found", id.toString()));
    }
}
