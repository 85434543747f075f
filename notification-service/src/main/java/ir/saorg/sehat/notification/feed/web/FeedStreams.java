package ir.saorg.sehat.notification.feed.web;

import ir.saorg.sehat.notification.feed.FeedListener;
import ir.saorg.sehat.notification.feed.Notification;
import ir.saorg.sehat.notification.feed.Notifications;
import ir.saorg.sehat.platform.problem.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;

/**
 * Open Server-Sent Event streams, by feed. An entry is pushed once to each stream of its feed, whether this instance
 * wrote it (at once) or another did (found by {@link #catchUp}); a client is never sent the same entry twice.
 */
@Component
public class FeedStreams implements FeedListener, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(FeedStreams.class);
    static final Duration TIMEOUT = Duration.ofMinutes(30);
    static final int MAX_STREAMS_PER_USER = 5;
    static final int MAX_STREAMS = 10_000;
    private static final int REMEMBERED = 20_000;

    private final Notifications notifications;
    private final Map<String, Set<Stream>> byFeed = new ConcurrentHashMap<>();
    private final Set<Stream> all = new CopyOnWriteArraySet<>();
    private final Set<String> pushed = Collections.synchronizedSet(Collections.newSetFromMap(
            new LinkedHashMap<>(1024, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > REMEMBERED;
                }
            }));

    private volatile boolean running;

    FeedStreams(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void start() {
        running = true;
    }

    /**
     * Ends every open stream before the web server's graceful shutdown, which would otherwise wait for these endless
     * responses; browsers reconnect (with Last-Event-ID) to another instance.
     */
    @Override
    public void stop() {
        running = false;
        for (Stream stream : all) {
            stream.emitter().complete();
            remove(stream);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** One client's stream and the feeds it reads. */
    record Stream(String user, List<String> feeds, SseEmitter emitter) {
    }

    SseEmitter open(String user, List<String> feeds, Instant after) {
        long mine = all.stream().filter(s -> s.user().equals(user)).count();
        if (mine >= MAX_STREAMS_PER_USER || all.size() >= MAX_STREAMS) {
            throw new Problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-streams", MAX_STREAMS_PER_USER)
                    .withHeader("Retry-After", "30");
        }
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        Stream stream = new Stream(user, feeds, emitter);
        Runnable close = () -> remove(stream);
        emitter.onCompletion(close);
        emitter.onTimeout(close);
        emitter.onError(error -> close.run());
        all.add(stream);
        feeds.forEach(feed -> byFeed.computeIfAbsent(feed, f -> new CopyOnWriteArraySet<>()).add(stream));
        try {
            emitter.send(SseEmitter.event().comment("sehat feed: " + String.join(", ", feeds)));
            if (after != null) {
                for (Notification missed : notifications.feedAfter(feeds, after, FeedController.MAX_LIMIT)) {
                    send(stream, missed);
                }
            }
        } catch (IOException gone) {
            remove(stream);
        }
        return emitter;
    }

    @Override
    public void entered(Notification notification) {
        if (!pushed.add(notification.id())) {
            return;
        }
        for (Stream stream : byFeed.getOrDefault(notification.recipient(), Set.of())) {
            try {
                send(stream, notification);
            } catch (IOException | IllegalStateException gone) {
                remove(stream);
            }
        }
    }

    /** Pushes entries that other instances wrote since {@code since}. */
    public void catchUp(Instant since) {
        if (all.isEmpty()) {
            return;
        }
        notifications.deliveredSince(since, 1_000).forEach(this::entered);
    }

    /** A comment line on every stream, so that proxies keep idle connections open and dead ones are noticed. */
    public void heartbeat() {
        for (Stream stream : all) {
            try {
                stream.emitter().send(SseEmitter.event().comment("keep-alive"));
            } catch (IOException | IllegalStateException gone) {
                remove(stream);
            }
        }
    }

    int open() {
        return all.size();
    }

    private static void send(Stream stream, Notification notification) throws IOException {
        stream.emitter().send(SseEmitter.event().id(notification.deliveredAt().toString()).name("notification")
                .data(notification, MediaType.APPLICATION_JSON));
    }

    private void remove(Stream stream) {
        if (all.remove(stream)) {
            stream.feeds().forEach(feed -> byFeed.computeIfPresent(feed, (f, streams) -> {
                streams.remove(stream);
                return streams.isEmpty() ? null : streams;
            }));
            log.debug("feed stream of {} closed", stream.user());
        }
    }
}
