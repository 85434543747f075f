package ir.saorg.sehat.notification.sms;

import io.github.resilience4j.bulkhead.Bulkhead;
import ir.saorg.sehat.notification.delivery.Channel;
import ir.saorg.sehat.notification.delivery.ChannelSender;
import ir.saorg.sehat.notification.delivery.Delivery;
import ir.saorg.sehat.notification.delivery.GuardedSending;
import ir.saorg.sehat.notification.delivery.SendOutcome;

import java.util.UUID;

/** Sends SMS deliveries through the provider, behind the {@code sms} bulkhead and circuit breaker. */
public class SmsSender implements ChannelSender {

    private final SmsProvider provider;
    private final GuardedSending guard;

    public SmsSender(SmsProvider provider, GuardedSending guard) {
        this.provider = provider;
        this.guard = guard;
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public Bulkhead bulkhead(Delivery delivery) {
        return guard.bulkhead();
    }

    /** One provider for every text: they all wait their turn, bounded by the dispatcher's room. */
    @Override
    public int queueLimit(Bulkhead bulkhead) {
        return Integer.MAX_VALUE;
    }

    /** The provider's client reference for a delivery: a number, as Kavenegar's {@code localid} is one. */
    public static String clientReference(String deliveryId) {
        UUID id = UUID.fromString(deliveryId);
        return Long.toString(id.getMostSignificantBits() & Long.MAX_VALUE);
    }

    @Override
    public SendOutcome send(Delivery delivery) {
        return guard.send(() -> provider.send(delivery.address(), delivery.content().text(),
                clientReference(delivery.id())));
    }
}
