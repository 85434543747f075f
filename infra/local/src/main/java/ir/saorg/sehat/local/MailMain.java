package ir.saorg.sehat.local;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

/**
 * The local mail server: GreenMail accepts SMTP for any address, and a small web page lists what arrived, newest
 * first ({@code /}), also as JSON ({@code /api/messages}). Arguments: SMTP port, inbox web port.
 */
public final class MailMain {

    private MailMain() {
    }

    public static void main(String[] args) throws Exception {
        int smtpPort = Integer.parseInt(args[0]);
        int webPort = Integer.parseInt(args[1]);
        var mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        HttpServer web = HttpServer.create(new InetSocketAddress("127.0.0.1", webPort), 0);
        web.createContext("/api/messages", exchange -> respond(exchange, "application/json", json(messages(mail))));
        web.createContext("/", exchange -> respond(exchange, "text/html", html(messages(mail))));
        web.start();
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            web.stop(0);
            mail.stop();
            stopped.countDown();
        }, "mail-shutdown"));
        LoggerFactory.getLogger(MailMain.class).info("SMTP on 127.0.0.1:" + smtpPort + ", inbox on http://127.0.0.1:" + webPort);
        stopped.await();
    }

    record Mail(String from, String to, String subject, String sent, String body) {
    }

    private static List<Mail> messages(GreenMail mail) {
        return Arrays.stream(mail.getReceivedMessages()).map(MailMain::describe).toList().reversed();
    }

    private static Mail describe(MimeMessage message) {
        try {
            return new Mail(addresses(message.getFrom()), addresses(message.getAllRecipients()), message.getSubject(),
                    message.getSentDate() == null ? "" : message.getSentDate().toInstant().toString(),
                    GreenMailUtil.getBody(message));
        } catch (MessagingException e) {
            return new Mail("?", "?", "(unreadable message: " + e.getMessage() + ")", "", "");
        }
    }

    private static String addresses(Address[] addresses) {
        return addresses == null ? "" : Arrays.stream(addresses).map(Address::toString).collect(Collectors.joining(", "));
    }

    private static String html(List<Mail> mails) {
        var rows = mails.stream().map(m -> "<tr><td>" + escape(m.sent()) + "</td><td>" + escape(m.from()) + "</td><td>"
                + escape(m.to()) + "</td><td>" + escape(m.subject()) + "</td></tr>").collect(Collectors.joining());
        return """
                <!doctype html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>صندوق نامه — Sehat inbox</title>
                <style>body{font-family:system-ui,sans-serif;margin:2rem}table{border-collapse:collapse;width:100%%}
                td,th{border:1px solid #ccc;padding:.4rem;text-align:start}</style></head><body>
                <h1>صندوق نامهٔ محلی <small>(local inbox)</small></h1><p>%d نامه / messages</p>
                <table><tr><th>زمان / sent</th><th>از / from</th><th>به / to</th><th>موضوع / subject</th></tr>%s</table>
                </body></html>""".formatted(mails.size(), rows);
    }

    private static String json(List<Mail> mails) {
        return mails.stream().map(m -> "{\"from\":" + quote(m.from()) + ",\"to\":" + quote(m.to()) + ",\"subject\":"
                + quote(m.subject()) + ",\"sent\":" + quote(m.sent()) + ",\"body\":" + quote(m.body()) + "}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static String quote(String text) {
        if (text == null) {
            return "null";
        }
        var out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    private static void respond(HttpExchange exchange, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
