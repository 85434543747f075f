package ir.saorg.sehat.notification.delivery;

import ir.saorg.sehat.events.IntegrationEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where deliveries are recorded. Every change after creation is conditional on the record's token
 * ({@code leaseToken}) being the one the change was decided on, and replaces it: a worker whose claim has been taken
 * over can no longer settle the delivery, and two workers cannot both claim it.
 */
public interface Deliveries {

    /** Records the deliveries that do not exist yet, each in one write; returns those it recorded. */
    List<Delivery> insertNew(List<Delivery> deliveries);

    /**
     * Claims up to {@code limit} deliveries that are due: PENDING or FAILED with {@code nextAttemptAt} passed, or
     * SENDING with an expired lease (its worker died). Each claimed one gets a fresh token of its own.
     */
    List<Delivery> claimDue(Instant now, Duration lease, int limit);

    /** SENDING → SENT, with the events that announce it in the same write. */
    boolean recordSent(Delivery claimed, Instant at, String reference, List<IntegrationEvent> events);

    /** A send the server accepted, to be recorded as {@link #recordSent} does; for deliveries that announce nothing. */
    record Sent(Delivery claimed, Instant at, String reference) {
    }

    /**
     * SENDING → SENT for several deliveries that announce nothing, each only if it is still under its own claim,
     * exactly as {@link #recordSent} would record it one by one, but in as few writes as the store allows.
     *
     * @return the ids of the deliveries recorded; the others' claims had been taken over
     */
    default Set<String> recordAllSent(List<Sent> sent) {
        Set<String> recorded = new HashSet<>();
        for (Sent one : sent) {
            if (recordSent(one.claimed(), one.at(), one.reference(), List.of())) {
                recorded.add(one.claimed().id());
            }
        }
        return recorded;
    }

    /** SENDING → FAILED, due again at {@code nextAttemptAt}. */
    boolean recordFailed(Delivery claimed, Instant nextAttemptAt, String error);

    /** SENDING → GIVEN_UP, with the events that announce it in the same write. */
    boolean recordGivenUp(Delivery claimed, Instant at, String error, List<IntegrationEvent> events);

    /** SENDING → PENDING without counting an attempt: its target had no room; due again at {@code nextAttemptAt}. */
    boolean release(Delivery claimed, Instant nextAttemptAt);

    Optional<Delivery> byId(String id);

    List<Delivery> forRequest(String requestId);

    /** A recipient's deliveries created at or after {@code since}, oldest first, optionally in one state. */
    List<Delivery> forRecipient(String recipient, Instant since, DeliveryState state, int limit);

    /** Deliveries given up on, newest first. */
    List<Delivery> givenUp(Channel channel, int limit);
}
