package ir.saorg.sehat.notification.recipients;

import ir.saorg.sehat.notification.delivery.Channel;
import ir.saorg.sehat.notification.templates.Language;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * How a staff member (or a university's system) wants to hear about their requests.
 *
 * @param subject   their subject in the identity provider, from the access token
 * @param email     where e-mail goes, or null
 * @param mobile    their mobile number as 09xxxxxxxxx, or null
 * @param language  the language they read notifications in
 * @param channels  the channels they chose; the in-app feed is always among them
 * @param updatedAt when they last changed this
 */
public record Contact(String subject, String email, String mobile, Language language, Set<Channel> channels,
                      Instant updatedAt) {

    public Contact {
        channels = channels == null || channels.isEmpty() ? EnumSet.of(Channel.IN_APP) : EnumSet.copyOf(channels);
        channels.add(Channel.IN_APP);
        channels = Set.copyOf(channels);
        language = language == null ? Language.FA : language;
    }

    /** What someone who never set preferences gets: the feed, in Persian. */
    public static Contact feedOnly(String subject) {
        return new Contact(subject, null, null, Language.FA, Set.of(Channel.IN_APP), null);
    }

    /** Whether this channel is chosen and has an address to go to. */
    public boolean reachableBy(Channel channel) {
        return channels.contains(channel) && switch (channel) {
            case IN_APP -> true;
            case EMAIL -> email != null;
            case SMS -> mobile != null;
            case WEBHOOK -> false;
        };
    }
}
