package ir.saorg.sehat.notification.announcing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** A real SMTP server for the tests (GreenMail on a free port), and ways to read back what it received. */
public final class Mailbox {

    public static final GreenMail SMTP = start();

    private Mailbox() {
    }

    private static GreenMail start() {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        Runtime.getRuntime().addShutdownHook(new Thread(mail::stop));
        return mail;
    }

    public static int port() {
        return SMTP.getSmtp().getPort();
    }

    public static List<MimeMessage> to(String address, String subjectContains) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(address))
                        && m.getSubject().contains(subjectContains);
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }

    /** The text/html part of a message. */
    public static String html(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/html")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String html = html(body);
                if (html != null) {
                    return html;
                }
            }
        }
        return null;
    }
}
