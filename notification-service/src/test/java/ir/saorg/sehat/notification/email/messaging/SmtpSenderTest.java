package ir.saorg.sehat.notification.email.messaging;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import ir.saorg.sehat.notification.delivery.Channel;
import ir.saorg.sehat.notification.delivery.Content;
import ir.saorg.sehat.notification.delivery.Delivery;
import ir.saorg.sehat.notification.delivery.GuardedSending;
import ir.saorg.sehat.notification.delivery.SendOutcome;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Provider;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.URLName;
import jakarta.mail.internet.InternetAddress;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** E-mail travels over SMTP sessions kept open between messages; a broken or closed session is replaced. */
class SmtpSenderTest {

    /** What the SMTP server saw, kept in the session's properties so that no state is shared between tests. */
    static final class Server {
        int connections;
        final List<String> messageIds = new ArrayList<>();
        boolean closesIdleSessions;
        String refuseNextWith;
    }

    /** An SMTP transport that talks to {@link Server} instead of a socket. */
    public static final class RecordingTransport extends Transport {
        private final Server server;
        private boolean closedByServer;

        public RecordingTransport(Session session, URLName url) {
            super(session, url);
            this.server = (Server) session.getProperties().get("test.server");
        }

        @Override
        protected boolean protocolConnect(String host, int port, String user, String password) {
            server.connections++;
            return true;
        }

        @Override
        public boolean isConnected() {
            return super.isConnected() && !closedByServer;
        }

        @Override
        public void sendMessage(Message message, Address[] addresses) throws MessagingException {
            if (server.refuseNextWith != null) {
                String answer = server.refuseNextWith;
                server.refuseNextWith = null;
                throw new SendFailedException(answer);
            }
            server.messageIds.add(message.getHeader("Message-ID")[0]);
            closedByServer = server.closesIdleSessions;
        }
    }

    final Server server = new Server();
    final SmtpSender sender = new SmtpSender(mailWith(server), from(), "sehat.saorg.ir", new GuardedSending(CircuitBreaker.ofDefaults("smtp"), Bulkhead.of("smtp",
            BulkheadConfig.custom().maxConcurrentCalls(16).maxWaitDuration(Duration.ZERO).build())));

    static InternetAddress from() {
        try {
            return new InternetAddress("no-reply@sehat.saorg.ir", true);
        } catch (jakarta.mail.internet.AddressException e) {
            throw new IllegalStateException(e);
        }
    }

    static JavaMailSenderImpl mailWith(Server server) {
        Properties properties = new Properties();
        properties.put("test.server", server);
        Session session = Session.getInstance(properties);
        Provider recording = new Provider(Provider.Type.TRANSPORT, "smtp", RecordingTransport.class.getName(),
                "Sehat tests", "1");
        session.addProvider(recording);
        try {
            session.setProvider(recording);
        } catch (jakarta.mail.NoSuchProviderException e) {
            throw new IllegalStateException(e);
        }
        JavaMailSenderImpl mail = new JavaMailSenderImpl();
        mail.setSession(session);
        mail.setHost("127.0.0.1");
        mail.setPort(3025);
        return mail;
    }

    static Delivery delivery() {
        String id = Delivery.idFor(UUID.randomUUID(), Channel.EMAIL, "staff.ut");
        Instant now = Instant.now();
        return Delivery.claimedOnCreation(id, UUID.randomUUID().toString(), "ir.saorg.sehat.code.issued.v1",
                UUID.randomUUID().toString(), "CODE_ISSUED", Channel.EMAIL, "staff.ut", "z.kazemi@ut.ac.ir",
                new Content("کد صادر شد", "<p dir=\"rtl\">کد</p>", "کد"), true, now, "claim", now.plusSeconds(60));
    }

    @Test
    void sendsOneMessageAfterAnotherOverOneSessionEachWithItsOwnMessageId() {
        List<Delivery> deliveries = List.of(delivery(), delivery(), delivery());

        for (Delivery delivery : deliveries) {
            assertThat(sender.send(delivery)).isInstanceOf(SendOutcome.Sent.class);
        }

        assertThat(server.connections).isEqualTo(1);
        assertThat(server.messageIds).containsExactlyElementsOf(deliveries.stream()
                .map(d -> SmtpSender.messageId(d.id(), "sehat.saorg.ir")).toList());
    }

    @Test
    void replacesASessionTheServerClosedWhileItWasIdle() {
        server.closesIdleSessions = true;

        assertThat(sender.send(delivery())).isInstanceOf(SendOutcome.Sent.class);
        assertThat(sender.send(delivery())).isInstanceOf(SendOutcome.Sent.class);

        assertThat(server.connections).isEqualTo(2);
        assertThat(server.messageIds).hasSize(2);
    }

    @Test
    void aPermanentRefusalGivesUpATransientOneRetriesAndNeitherSessionIsReused() {
        server.refuseNextWith = "550 5.1.1 no such user";
        assertThat(sender.send(delivery())).isInstanceOf(SendOutcome.Refused.class);

        server.refuseNextWith = "451 4.3.0 try again later";
        assertThat(sender.send(delivery())).isInstanceOf(SendOutcome.Failed.class);

        assertThat(sender.send(delivery())).isInstanceOf(SendOutcome.Sent.class);
        assertThat(server.connections).isEqualTo(3);
    }
}
