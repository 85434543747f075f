package ir.saorg.sehat.notification.email.messaging;

import io.github.resilience4j.bulkhead.Bulkhead;
import ir.saorg.sehat.notification.delivery.Channel;
import ir.saorg.sehat.notification.delivery.ChannelSender;
import ir.saorg.sehat.notification.delivery.Delivery;
import ir.saorg.sehat.notification.delivery.GuardedSending;
import ir.saorg.sehat.notification.delivery.SendOutcome;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

import java.nio.charset.StandardCharsets;
import java.util.Date;

/**
 * Sends e-mail deliveries over SMTP. Every attempt of one delivery carries the same Message-ID,
 * {@code <delivery-id@domain>}, so a copy sent again after a crash is recognised as the same message by mail stores
 * that deduplicate on it.
 */
public class SmtpSender implements ChannelSender {

    private final JavaMailSenderImpl mail;
    private final InternetAddress from;
    private final String messageIdDomain;
    private final GuardedSending guard;

    public SmtpSender(JavaMailSenderImpl mail, InternetAddress from, String messageIdDomain, GuardedSending guard) {
        this.mail = mail;
        this.from = from;
        this.messageIdDomain = messageIdDomain;
        this.guard = guard;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public Bulkhead bulkhead(Delivery delivery) {
        return guard.bulkhead();
    }

    /** One server for every e-mail: they all wait their turn, bounded by the dispatcher's room. */
    @Override
    public int queueLimit(Bulkhead bulkhead) {
        return Integer.MAX_VALUE;
    }

    public static String messageId(String deliveryId, String domain) {
        return "<" + deliveryId + "@" + domain + ">";
    }

    @Override
    public SendOutcome send(Delivery delivery) {
        return guard.send(() -> {
            try {
                MimeMessage message = compose(delivery);
                mail.send(message);
                return new SendOutcome.Sent(messageId(delivery.id(), messageIdDomain));
            } catch (MessagingException e) {
                return new SendOutcome.Refused("message could not be composed: " + e.getMessage());
            } catch (MailSendException e) {
                return refusedForGood(e) ? new SendOutcome.Refused(e.getMessage())
                        : new SendOutcome.Failed(e.getMessage());
            } catch (MailException e) {
                return new SendOutcome.Failed(e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        });
    }

    private MimeMessage compose(Delivery delivery) throws MessagingException {
        MimeMessage message = new FixedIdMessage(mail.getSession(), messageId(delivery.id(), messageIdDomain));
        var helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(new InternetAddress(delivery.address(), true));
        helper.setSubject(delivery.content().title());
        helper.setText(delivery.content().text(), delivery.content().html());
        helper.setSentDate(new Date());
        message.setHeader("X-Sehat-Delivery-Id", delivery.id());
        return message;
    }

    /**
     * A permanent (5xx) answer about the recipient, such as "550 no such user", will not change by retrying; a
     * transient one (4xx) or a connection failure may.
     */
    private static boolean refusedForGood(MailSendException e) {
        for (Exception failure : e.getFailedMessages().values()) {
            Throwable cause = failure;
            while (cause != null) {
                if (cause instanceof SendFailedException refused && refused.getMessage() != null
                        && refused.getMessage().strip().matches("(?s)5\\d\\d.*")) {
                    return true;
                }
                cause = cause instanceof MessagingException m && m.getNextException() != null ? m.getNextException()
                        : cause.getCause();
            }
        }
        return false;
    }

    /** A message whose Message-ID is ours, not the one JavaMail would make up on saving. */
    static final class FixedIdMessage extends MimeMessage {

        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
