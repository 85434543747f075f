package ir.saorg.sehat.notification.delivery;

/**
 * Sends deliveries of one channel. Never throws: every failure is a {@link SendOutcome}. Each attempt passes the
 * delivery's id to the other side as its idempotency key (Message-ID, SMS client reference, webhook delivery id).
 */
public interface ChannelSender {

    Channel channel();

    SendOutcome send(Delivery delivery);
}
