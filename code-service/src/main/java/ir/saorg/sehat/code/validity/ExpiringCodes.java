package ir.saorg.sehat.code.validity;

import ir.saorg.sehat.code.issuing.IssuedCode;
import ir.saorg.sehat.events.IntegrationEvent;

import java.time.Instant;
import java.util.List;

/** The store's side of expiry. */
public interface ExpiringCodes {

    /** Codes whose expiry has passed and has not been announced yet, at most {@code limit}. */
    List<IssuedCode> expiredUnannounced(Instant now, int limit);

    /** Marks the code's expiry announced with these events, unless it already was; false then. */
    boolean announce(IssuedCode code, Instant at, List<IntegrationEvent> events);
}
