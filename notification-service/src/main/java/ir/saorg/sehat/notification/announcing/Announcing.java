package ir.saorg.sehat.notification.announcing;

import ir.saorg.sehat.events.IntegrationEvent;
import ir.saorg.sehat.events.notification.NotificationDelivered;
import ir.saorg.sehat.notification.delivery.Channel;
import ir.saorg.sehat.notification.delivery.Content;
import ir.saorg.sehat.notification.delivery.Deliveries;
import ir.saorg.sehat.notification.delivery.Delivery;
import ir.saorg.sehat.notification.delivery.Dispatching;
import ir.saorg.sehat.notification.feed.FeedListener;
import ir.saorg.sehat.notification.feed.Notification;
import ir.saorg.sehat.notification.feed.Notifications;
import ir.saorg.sehat.notification.recipients.Contact;
import ir.saorg.sehat.notification.recipients.Contacts;
import ir.saorg.sehat.notification.recipients.OperatorDesk;
import ir.saorg.sehat.notification.recipients.RequestRecipient;
import ir.saorg.sehat.notification.recipients.RequestRecipients;
import ir.saorg.sehat.notification.templates.Fact;
import ir.saorg.sehat.notification.templates.Language;
import ir.saorg.sehat.notification.templates.Rendered;
import ir.saorg.sehat.notification.templates.Templates;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Tells the people an event concerns, on each of their channels, exactly once in effect.
 *
 * <p>The in-app entry is its own delivery: it is inserted with its NotificationDelivered in one write, under an id
 * derived from (event, channel, recipient). E-mail and SMS first become delivery records with such ids, inserted only
 * if absent and claimed by this worker in the same insert, and only then are they sent; a repeated event finds its
 * records and sends nothing. Who the staff member is comes from RequestSubmitted (the request → recipient table);
 * when that is unknown the entry goes to the university's feed, or the operators' when the university is unknown too.
 */
public class Announcing {

    private final RequestRecipients requests;
    private final Contacts contacts;
    private final OperatorDesk operators;
    private final Templates templates;
    private final Notifications feed;
    private final Deliveries deliveries;
    private final Dispatching dispatching;
    private final FeedListener listener;
    private final Clock clock;

    public Announcing(RequestRecipients requests, Contacts contacts, OperatorDesk operators, Templates templates,
                      Notifications feed, Deliveries deliveries, Dispatching dispatching, FeedListener listener,
                      Clock clock) {
        this.requests = requests;
        this.contacts = contacts;
        this.operators = operators;
        this.templates = templates;
        this.feed = feed;
        this.deliveries = deliveries;
        this.dispatching = dispatching;
        this.listener = listener;
        this.clock = clock;
    }

    /** One recipient on one channel. */
    record Target(Channel channel, String recipient, String address, Language language) {
    }

    public void announce(Announcement announcement) {
        RequestRecipient request = requests.find(announcement.requestId().toString()).orElse(null);
        Map<String, Fact> facts = factsOf(announcement, request);
        Map<Language, Rendered> rendered = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            rendered.put(language, templates.render(announcement.subject().name(), language, facts));
        }
        Instant now = clock.instant();
        Dispatching.Claim claim = dispatching.newClaim();
        List<Delivery> toSend = new ArrayList<>();
        for (Target target : targets(announcement, request)) {
            if (target.channel() == Channel.IN_APP) {
                enterFeed(announcement, target, rendered, now);
            } else {
                toSend.add(delivery(announcement, target, rendered.get(target.language()), claim));
            }
        }
        dispatching.sendClaimed(deliveries.insertNew(toSend));
    }

    private void enterFeed(Announcement announcement, Target target, Map<Language, Rendered> rendered, Instant now) {
        String id = Delivery.idFor(announcement.eventId(), Channel.IN_APP, target.recipient());
        var entry = new Notification(id, announcement.requestId().toString(), target.recipient(), Notification.IN_APP,
                announcement.subject().name(), rendered.get(Language.FA).brief(), rendered.get(Language.EN).brief(),
                now);
        List<IntegrationEvent> events = List.of(new NotificationDelivered(UUID.randomUUID(), now,
                announcement.requestId(), UUID.fromString(id), entry.subject(), entry.channel(), now,
                announcement.eventId(), target.recipient()));
        if (feed.insertIfAbsent(entry, events)) {
            listener.entered(entry);
        }
    }

    private static Delivery delivery(Announcement announcement, Target target, Rendered rendered,
                                     Dispatching.Claim claim) {
        Content content = target.channel() == Channel.EMAIL
                ? new Content(rendered.title(), rendered.html(), rendered.text())
                : new Content(null, null, rendered.brief());
        return Delivery.claimedOnCreation(Delivery.idFor(announcement.eventId(), target.channel(), target.recipient()),
                announcement.eventId().toString(), announcement.eventType(), announcement.requestId().toString(),
                announcement.subject().name(), target.channel(), target.recipient(), target.address(), content, true,
                claim.now(), claim.token(), claim.until());
    }

    private List<Target> targets(Announcement announcement, RequestRecipient request) {
        Map<String, Target> targets = new LinkedHashMap<>();
        Subject.Audience audience = announcement.subject().audience();
        if (audience.includesStaff()) {
            staff(announcement, request).forEach(t -> targets.putIfAbsent(t.channel() + " " + t.recipient(), t));
        }
        if (audience.includesOperators()) {
            operatorTargets().forEach(t -> targets.putIfAbsent(t.channel() + " " + t.recipient(), t));
        }
        return List.copyOf(targets.values());
    }

    private List<Target> staff(Announcement announcement, RequestRecipient request) {
        String submitter = request == null ? null : request.submittedBy();
        if (submitter == null) {
            String university = request != null && request.university() != null ? request.university()
                    : announcement.university();
            String feedOf = university == null ? OperatorDesk.FEED : "university:" + university;
            return List.of(new Target(Channel.IN_APP, feedOf, null, Language.FA));
        }
        Contact contact = contacts.find(submitter).orElseGet(() -> Contact.feedOnly(submitter));
        List<Target> targets = new ArrayList<>();
        for (Channel channel : List.of(Channel.IN_APP, Channel.EMAIL, Channel.SMS)) {
            if (contact.reachableBy(channel)) {
                String address = switch (channel) {
                    case EMAIL -> contact.email();
                    case SMS -> contact.mobile();
                    default -> null;
                };
                targets.add(new Target(channel, submitter, address, contact.language()));
            }
        }
        return targets;
    }

    private List<Target> operatorTargets() {
        List<Target> targets = new ArrayList<>();
        targets.add(new Target(Channel.IN_APP, OperatorDesk.FEED, null, operators.language()));
        for (String mailbox : operators.mailboxes()) {
            targets.add(new Target(Channel.EMAIL, "mailbox:" + mailbox, mailbox, operators.language()));
        }
        return targets;
    }

    private static Map<String, Fact> factsOf(Announcement announcement, RequestRecipient request) {
        Map<String, Fact> facts = new HashMap<>(announcement.facts());
        facts.putIfAbsent("ref", new Fact.Ltr(announcement.requestId().toString().substring(0, 8)));
        String typeCode = announcement.requestType() != null ? announcement.requestType()
                : request == null ? null : request.requestType();
        if (request != null && request.typeNameFa() != null && request.typeNameEn() != null) {
            facts.putIfAbsent("type", new Fact.Named(request.typeNameFa(), request.typeNameEn()));
        } else {
            facts.putIfAbsent("type", new Fact.Ltr(typeCode == null ? "-" : typeCode));
        }
        return facts;
    }
}
