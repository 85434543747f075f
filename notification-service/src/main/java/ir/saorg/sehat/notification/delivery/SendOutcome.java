package ir.saorg.sehat.notification.delivery;

/** What one attempt to send a delivery came to. */
public sealed interface SendOutcome {

    /** The server accepted it; {@code reference} is its id for the message, if it gave one. */
    record Sent(String reference) implements SendOutcome {
    }

    /** It failed; worth trying again later (server down, timeout, circuit open). */
    record Failed(String error) implements SendOutcome {
    }

    /** The server refused it for good (no such mailbox, invalid number, subscription gone). */
    record Refused(String error) implements SendOutcome {
    }

    /** Not tried: its target has no room right now (bulkhead full). Not counted as an attempt. */
    record Busy() implements SendOutcome {
    }
}
