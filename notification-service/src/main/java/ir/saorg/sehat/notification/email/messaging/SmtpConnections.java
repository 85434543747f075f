package ir.saorg.sehat.notification.email.messaging;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * SMTP sessions kept open between messages, so that a message costs one MAIL/RCPT/DATA exchange instead of a new
 * connection, greeting, EHLO (and STARTTLS and login) and QUIT. A session is reused only after the server has answered
 * a NOOP on it, so one the server closed meanwhile is dropped rather than failing a message; a session that failed
 * in any way is closed. At most {@code keep} idle sessions are kept (the SMTP bulkhead's size: no more run at once).
 */
public final class SmtpConnections implements AutoCloseable {

    private final JavaMailSenderImpl mail;
    private final int keep;
    private final Deque<Transport> idle = new ConcurrentLinkedDeque<>();

    public SmtpConnections(JavaMailSenderImpl mail, int keep) {
        this.mail = mail;
        this.keep = keep;
    }

    /** Sends the message to its recipients on an open session; throws what the server or the connection said. */
    public void send(MimeMessage message) throws MessagingException {
        message.saveChanges();
        Transport transport = open();
        try {
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException | RuntimeException failed) {
            quietlyClose(transport);
            throw failed;
        }
        if (idle.size() < keep) {
            idle.offerFirst(transport);
        } else {
            quietlyClose(transport);
        }
    }

    private Transport open() throws MessagingException {
        Transport reused;
        while ((reused = idle.pollFirst()) != null) {
            if (reused.isConnected()) {
                return reused;
            }
            quietlyClose(reused);
        }
        Transport transport = mail.getSession().getTransport(mail.getProtocol() == null ? "smtp" : mail.getProtocol());
        transport.connect(mail.getHost(), mail.getPort(), emptyAsNull(mail.getUsername()),
                emptyAsNull(mail.getPassword()));
        return transport;
    }

    private static String emptyAsNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static void quietlyClose(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException | RuntimeException ignored) {
            // the session is dropped either way
        }
    }

    @Override
    public void close() {
        Transport transport;
        while ((transport = idle.pollFirst()) != null) {
            quietlyClose(transport);
        }
    }
}
