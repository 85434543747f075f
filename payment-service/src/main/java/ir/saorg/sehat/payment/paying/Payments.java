package ir.saorg.sehat.payment.paying;

import ir.saorg.sehat.events.IntegrationEvent;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where payments live. */
public interface Payments {

    /** Stores the payment with its events in one write; false if this request already has one. */
    boolean insertIfAbsent(Payment payment, List<IntegrationEvent> events);

    Optional<Payment> find(String id);

    Optional<Payment> findByAuthority(String authority);

    /** Applies the change if the payment is still in its {@code from} status; false otherwise. */
    boolean apply(PaymentTransition transition);

    /** Payments in one of these statuses whose {@code nextCheckAt} has come, oldest first. */
    List<Payment> dueForCheck(List<PaymentStatus> statuses, Instant now, int limit);

    /**
     * One page of payments, newest decision first: of one university, or of every university when {@code university}
     * is null.
     */
    List<Payment> page(String university, int page, int size);

    /** Payments the gateway confirmed within [from, to), whatever happened to them since. */
    List<Payment> settledBetween(Instant from, Instant to);
}
