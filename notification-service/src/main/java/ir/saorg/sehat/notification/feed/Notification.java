package ir.saorg.sehat.notification.feed;

import java.time.Instant;

/**
 * A notification in someone's in-app feed. Entering the feed is its delivery: it is stored together with its
 * NotificationDelivered in one write.
 *
 * @param id          derived from (event, channel, recipient), so the same event can never notify twice
 * @param requestId   the request it is about
 * @param recipient   whose feed: a staff member's subject, {@code university:<code>} when the submitter is unknown,
 *                    or {@code operators}
 * @param channel     always {@code IN_APP}
 * @param subject     what it reports
 * @param textFa      the Persian text
 * @param textEn      the English text
 * @param deliveredAt when it entered the feed
 */
public record Notification(String id, String requestId, String recipient, String channel, String subject,
                           String textFa, String textEn, Instant deliveredAt) {

    public static final String IN_APP = "IN_APP";
}
