package ir.saorg.sehat.notification.delivery;

import io.github.resilience4j.bulkhead.Bulkhead;

import java.util.List;

/**
 * Sends deliveries of one channel. Never throws: every failure is a {@link SendOutcome}. Each attempt passes the
 * delivery's id to the other side as its idempotency key (Message-ID, SMS client reference, webhook delivery id).
 */
public interface ChannelSender {

    Channel channel();

    /**
     * The bulkhead of the target a delivery goes to (the SMTP server, the SMS provider, one webhook subscriber): how
     * many sends to it may run at once. {@link Dispatching} holds a permit around every {@link #send}.
     */
    Bulkhead bulkhead(Delivery delivery);

    /** How many deliveries may wait for a target's bulkhead in this instance; beyond that they are put back. */
    default int queueLimit(Bulkhead bulkhead) {
        return 4 * bulkhead.getBulkheadConfig().getMaxConcurrentCalls();
    }

    SendOutcome send(Delivery delivery);

    /**
     * How many deliveries waiting for the target of this one may go in one request; 1 (the default) sends each alone.
     * Asked once per target. {@link Dispatching} gathers only deliveries that are already waiting, so a batch never
     * waits to fill up.
     */
    default int batchLimit(Delivery delivery) {
        return 1;
    }

    /**
     * Sends two or more deliveries to one target in one request, which the target accepts or refuses as a whole.
     * Called only for senders whose {@link #batchLimit} allows it.
     */
    default SendOutcome sendAll(List<Delivery> deliveries) {
        throw new UnsupportedOperationException(channel() + " sends one delivery at a time");
    }
}
