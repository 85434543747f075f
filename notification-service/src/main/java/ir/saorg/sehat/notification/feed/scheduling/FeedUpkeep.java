package ir.saorg.sehat.notification.feed.scheduling;

import ir.saorg.sehat.notification.feed.web.FeedStreams;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;

/** Keeps live feeds live: entries other instances wrote, and a heartbeat for idle connections. */
@Component
@EnableScheduling
class FeedUpkeep {

    private static final Duration LOOK_BACK = Duration.ofSeconds(10);

    private final FeedStreams streams;
    private final Clock clock;

    FeedUpkeep(FeedStreams streams, Clock clock) {
        this.streams = streams;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${sehat.notification.feed.catch-up-interval:1s}")
    void catchUp() {
        streams.catchUp(clock.instant().minus(LOOK_BACK));
    }

    @Scheduled(fixedDelayString = "${sehat.notification.feed.heartbeat-interval:20s}")
    void heartbeat() {
        streams.heartbeat();
    }
}
