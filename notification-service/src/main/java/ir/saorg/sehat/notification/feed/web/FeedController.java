package ir.saorg.sehat.notification.feed.web;

import ir.saorg.sehat.notification.feed.Notification;
import ir.saorg.sehat.notification.feed.Notifications;
import ir.saorg.sehat.platform.problem.Problem;
import ir.saorg.sehat.platform.security.SehatRoles;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * The in-app feed. {@code GET /api/v1/notifications} lists the caller's feeds, newest first ({@code before},
 * {@code limit}); with {@code requestId}, the entries about one request (operators see every feed's).
 * {@code GET /api/v1/notifications/stream} pushes new entries as Server-Sent Events; a client that reconnects with
 * {@code Last-Event-ID} gets what it missed.
 */
@RestController
@RequestMapping("/api/v1/notifications")
class FeedController {

    static final int MAX_LIMIT = 200;

    private final Notifications notifications;
    private final FeedStreams streams;

    FeedController(Notifications notifications, FeedStreams streams) {
        this.notifications = notifications;
        this.streams = streams;
    }

    @GetMapping
    List<Notification> feed(@AuthenticationPrincipal Jwt token, @RequestParam(required = false) UUID requestId,
                            @RequestParam(required = false) Instant before,
                            @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new Problem(HttpStatus.BAD_REQUEST, "limit-out-of-range", MAX_LIMIT);
        }
        if (requestId != null) {
            return SehatRoles.seesEveryUniversity(token) ? notifications.forRequest(requestId.toString())
                    : notifications.forRequest(requestId.toString(), FeedOwners.of(token));
        }
        return notifications.feed(FeedOwners.of(token), before == null ? Instant.now().plusSeconds(60) : before, limit);
    }

    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@AuthenticationPrincipal Jwt token,
                      @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
        Instant after = null;
        if (lastEventId != null && !lastEventId.isBlank()) {
            try {
                after = Instant.parse(lastEventId.strip());
            } catch (DateTimeParseException e) {
                throw new Problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Last-Event-ID");
            }
        }
        return streams.open(token.getSubject(), FeedOwners.of(token), after);
    }
}
