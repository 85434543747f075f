package ir.saorg.sehat.notification.feed;

/** Hears of each entry as it enters a feed, to push it to whoever is watching that feed live. */
@FunctionalInterface
public interface FeedListener {

    void entered(Notification notification);
}
