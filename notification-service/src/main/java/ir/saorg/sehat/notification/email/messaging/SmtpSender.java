package ir.saorg.sehat.notification.email.messaging;

import io.github.resilience4j.bulkhead.Bulkhead;
import ir.saorg.sehat.notification.delivery.Channel;
import ir.saorg.sehat.notification.delivery.ChannelSender;
import ir.saorg.sehat.notification.delivery.Delivery;
import ir.saorg.sehat.notification.delivery.GuardedSending;
import ir.saorg.sehat.notification.delivery.SendOutcome;
import jakarta.activation.FileTypeMap;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

import java.nio.charset.StandardCharsets;
import java.util.Date;

/**
 * Sends e-mail deliveries over SMTP. Every attempt of one delivery carries the same Message-ID,
 * {@code <delivery-id@domain>}, so a copy sent again after a crash is recognised as the same message by mail stores
 * that deduplicate on it. Messages travel over SMTP sessions kept open between them ({@link SmtpConnections}).
 */
public class SmtpSender implements ChannelSender, AutoCloseable {

    private final JavaMailSenderImpl mail;
    private final SmtpConnections connections;
    private final InternetAddress from;
    private final String messageIdDomain;
    private final GuardedSending guard;

    public SmtpSender(JavaMailSenderImpl mail, InternetAddress from, String messageIdDomain, GuardedSending guard) {
        this.mail = mail;
        this.from = from;
        this.messageIdDomain = messageIdDomain;
        this.guard = guard;
        this.connections = new SmtpConnections(mail, guard.bulkhead().getBulkheadConfig().getMaxConcurrentCalls());
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
            MimeMessage message;
            try {
                message = compose(delivery);
            } catch (MessagingException e) {
                return new SendOutcome.Refused("message could not be composed: " + e.getMessage());
            }
            try {
                connections.send(message);
                return new SendOutcome.Sent(messageId(delivery.id(), messageIdDomain));
            } catch (MessagingException e) {
                return refusedForGood(e) ? new SendOutcome.Refused(e.getMessage())
                        : new SendOutcome.Failed(e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        });
    }

    @Override
    public void close() {
        connections.close();
    }

    private MimeMessage compose(Delivery delivery) throws MessagingException {
        MimeMessage message = new FixedIdMessage(mail.getSession(), messageId(delivery.id(), messageIdDomain));
        var helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name()) {
            /** The sender's, made once: by default every helper reads mime.types and scans the class path anew. */
            @Override
            protected FileTypeMap getDefaultFileTypeMap(MimeMessage mimeMessage) {
                return mail.getDefaultFileTypeMap();
            }
        };
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
    private static boolean refusedForGood(MessagingException failure) {
        Throwable cause = failure;
        while (cause != null) {
            if (cause instanceof SendFailedException refused && refused.getMessage() != null
                    && refused.getMessage().strip().matches("(?s)5\\d\\d.*")) {
                return true;
            }
            cause = cause instanceof MessagingException m && m.getNextException() != null ? m.getNextException()
                    : cause.getCause();
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
