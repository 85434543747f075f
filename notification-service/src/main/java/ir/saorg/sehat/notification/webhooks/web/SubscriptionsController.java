package ir.saorg.sehat.notification.webhooks.web;

import ir.saorg.sehat.notification.delivery.DeliveryState;
import ir.saorg.sehat.notification.delivery.Deliveries;
import ir.saorg.sehat.notification.delivery.config.DeliveryConfiguration;
import ir.saorg.sehat.notification.delivery.web.DeliveryView;
import ir.saorg.sehat.notification.delivery.Channel;
import ir.saorg.sehat.notification.webhooks.Redelivering;
import ir.saorg.sehat.notification.webhooks.Registering;
import ir.saorg.sehat.notification.webhooks.Subscription;
import ir.saorg.sehat.notification.webhooks.Subscriptions;
import ir.saorg.sehat.notification.webhooks.WebhookEventTypes;
import ir.saorg.sehat.notification.webhooks.WebhookSender;
import ir.saorg.sehat.notification.webhooks.WebhookSignature;
import ir.saorg.sehat.platform.problem.FieldProblem;
import ir.saorg.sehat.platform.problem.Problem;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import ir.saorg.sehat.platform.security.SehatRoles;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * {@code /api/v1/webhooks}: administrators register and delete subscriptions; operators and administrators list them,
 * follow their deliveries and dead letters, and ask for redelivery.
 */
@RestController
@RequestMapping("/api/v1/webhooks")
class SubscriptionsController {

    static final int MAX_LIST = 500;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Registering registering;
    private final Subscriptions subscriptions;
    private final Redelivering redelivering;
    private final Deliveries deliveries;

    SubscriptionsController(Registering registering, Subscriptions subscriptions, Redelivering redelivering,
                            @Qualifier(DeliveryConfiguration.WEBHOOKS) Deliveries deliveries) {
        this.registering = registering;
        this.subscriptions = subscriptions;
        this.redelivering = redelivering;
        this.deliveries = deliveries;
    }

    /** A registration as sent. */
    record Registration(String url, List<String> eventTypes, String description, Integer maxEventsPerBatch) {
    }

    /** A subscription as shown; the secret only in the answer to its registration. */
    record SubscriptionView(String id, String url, Set<String> eventTypes, String description, String createdBy,
                            Instant createdAt, boolean active, int maxEventsPerBatch, String secret,
                            Map<String, String> signing) {

        static SubscriptionView of(Subscription s, boolean withSecret) {
            return new SubscriptionView(s.id(), s.url(), s.eventTypes(), s.description(), s.createdBy(), s.createdAt(),
                    s.active(), s.maxEventsPerBatch(), withSecret ? s.secret() : null, withSecret ? Map.of(
                    "header", WebhookSignature.HEADER, "format", "t=<unix seconds>,v1=<hex HMAC-SHA256(secret, t + \".\" + body)>",
                    "deliveryIdHeader", WebhookSender.DELIVERY_ID,
                    "replayWindowSeconds", String.valueOf(WebhookSignature.REPLAY_WINDOW.toSeconds())) : null);
        }
    }

    /** A redelivery request. */
    record RedeliveryRequest(Instant since) {
    }

    @GetMapping("/event-types")
    List<String> eventTypes() {
        return WebhookEventTypes.NAMES.stream().sorted().toList();
    }

    @PostMapping("/subscriptions")
    ResponseEntity<SubscriptionView> register(@RequestBody Registration body, @AuthenticationPrincipal Jwt token) {
        try {
            Subscription created = registering.register(body.url(), body.eventTypes(), body.description(),
                    token.getSubject(), body.maxEventsPerBatch());
            return ResponseEntity.created(URI.create("/api/v1/webhooks/subscriptions/" + created.id()))
                    .body(SubscriptionView.of(created, true));
        } catch (Registering.InvalidRegistrationException invalid) {
            throw new Problem(HttpStatus.BAD_REQUEST, "invalid-subscription", invalid.violations().size())
                    .with("errors", invalid.violations().stream()
                            .map(v -> new FieldProblem(v.field(), v.key(), v.arguments())).toList());
        }
    }

    @GetMapping("/subscriptions")
    List<SubscriptionView> list() {
        return subscriptions.all(MAX_LIST).stream().map(s -> SubscriptionView.of(s, false)).toList();
    }

    @GetMapping("/subscriptions/{id}")
    SubscriptionView one(@PathVariable String id) {
        return subscriptions.find(id).map(s -> SubscriptionView.of(s, false)).orElseThrow(() -> notFound(id));
    }

    @DeleteMapping("/subscriptions/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        if (!registering.delete(id)) {
            throw notFound(id);
        }
        return ResponseEntity.noContent().build();
    }

    /**
     * Operators and administrators ask with their token; the subscriber itself asks without one, signing the request
     * body with its secret exactly as Sehat signs deliveries ({@code Sehat-Signature}). A signed request replayed
     * within the window redelivers nothing more: its redelivery id is derived from the signature.
     */
    @PostMapping("/subscriptions/{id}/redeliveries")
    ResponseEntity<Redelivering.Redelivery> redeliver(@PathVariable String id, @RequestBody String body,
                                                      @RequestHeader(name = WebhookSignature.HEADER, required = false)
                                                      String signature, Authentication caller) {
        String redeliveryId = UUID.randomUUID().toString();
        if (!runsSehat(caller)) {
            Subscription subscription = subscriptions.find(id).filter(Subscription::active).orElse(null);
            if (subscription == null || !WebhookSignature.verify(subscription.secret(), signature, body,
                    Instant.now(), WebhookSignature.REPLAY_WINDOW)) {
                throw caller == null ? new Problem(HttpStatus.UNAUTHORIZED, "unauthenticated")
                        .withHeader("WWW-Authenticate", "Bearer")
                        : new Problem(HttpStatus.FORBIDDEN, "forbidden");
            }
            redeliveryId = UUID.nameUUIDFromBytes(signature.getBytes(StandardCharsets.UTF_8)).toString();
        }
        RedeliveryRequest request = parse(body);
        if (request.since() == null) {
            throw new Problem(HttpStatus.BAD_REQUEST, "redelivery-since-missing");
        }
        try {
            return ResponseEntity.accepted().body(redelivering.redeliver(id, request.since(), redeliveryId));
        } catch (Redelivering.NoSuchSubscriptionException missing) {
            throw notFound(id);
        } catch (Redelivering.TooFarBackException tooFar) {
            throw new Problem(HttpStatus.BAD_REQUEST, "redelivery-too-far-back", tooFar.earliest().toString())
                    .with("earliest", tooFar.earliest().toString());
        }
    }

    private static boolean runsSehat(Authentication caller) {
        return caller != null && caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals("ROLE_" + SehatRoles.OPERATOR) || a.equals("ROLE_" + SehatRoles.ADMIN));
    }

    private static RedeliveryRequest parse(String body) {
        try {
            return JSON.readValue(body, RedeliveryRequest.class);
        } catch (JacksonException | IllegalArgumentException malformed) {
            throw new Problem(HttpStatus.BAD_REQUEST, "malformed-body");
        }
    }

    @GetMapping("/subscriptions/{id}/deliveries")
    List<DeliveryView> deliveries(@PathVariable String id, @RequestParam(required = false) Instant since,
                                  @RequestParam(required = false) DeliveryState state,
                                  @RequestParam(defaultValue = "100") int limit) {
        subscriptions.find(id).orElseThrow(() -> notFound(id));
        return redelivering.deliveries(id, since == null ? Instant.EPOCH : since, state, bounded(limit)).stream()
                .map(DeliveryView::of).toList();
    }

    @GetMapping("/dead-letters")
    List<DeliveryView> deadLetters(@RequestParam(defaultValue = "100") int limit) {
        return deliveries.givenUp(Channel.WEBHOOK, bounded(limit)).stream().map(DeliveryView::of).toList();
    }

    private static int bounded(int limit) {
        if (limit < 1 || limit > MAX_LIST) {
            throw new Problem(HttpStatus.BAD_REQUEST, "limit-out-of-range", MAX_LIST);
        }
        return limit;
    }

    private static Problem notFound(String id) {
        return new Problem(HttpStatus.NOT_FOUND, "subscription-not-found", id.length() > 64 ? id.substring(0, 64) : id);
    }
}
