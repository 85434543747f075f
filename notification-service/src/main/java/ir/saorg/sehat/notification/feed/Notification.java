package ir.saorg.sehat.notification.feed;

import java.time.Instant;
import java.util.UUID;

/**
 * A notification delivered to the in-app feed.
 *
 * @param id          derived from (event, channel, recipient), so the same event can never notify twice
 * @param requestId   the request it is about
 * @param recipient   who it is for; until staff log in, the university's staff as a whole
 * @param channel     how it is delivered
 * @param subject     what it reports
 * @param textFa      the Persian text
 * @param textEn      the English text
 * @param deliveredAt when it entered the feed
 */
public record Notification(String id, String requestId, String recipient, String channel, String subject,
                           String textFa, String textEn, Instant deliveredAt) {

    public static final String IN_APP = "IN_APP";

    /** The id of the one notification an event may cause on a channel for a recipient. */
    public static String idFor(UUID eventId, String channel, String recipient) {
        return UUID.nameUUIDFromBytes((eventId + "|" + channel + "|" + recipient).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
    }
}
