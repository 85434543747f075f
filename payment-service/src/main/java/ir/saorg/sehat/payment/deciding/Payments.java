package ir.saorg.sehat.payment.deciding;

import ir.saorg.sehat.events.IntegrationEvent;

import java.util.List;

/** Where payment decisions live. */
public interface Payments {

    /** Stores the decision with its events in one write; false if this request already has one. */
    boolean insertIfAbsent(Payment payment, List<IntegrationEvent> events);
}
