package ir.saorg.sehat.notification.recipients.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * Who is told what without having said so, under {@code sehat.notification}.
 *
 * @param operators    the operators' mailboxes and language
 * @param seedContacts contacts stored at start unless the subject already has one (the development users and clients)
 */
@ConfigurationProperties("sehat.notification")
public record RecipientsProperties(Operators operators, List<SeedContact> seedContacts) {

    public RecipientsProperties {
        operators = operators == null ? new Operators(List.of(), "fa") : operators;
        seedContacts = seedContacts == null ? List.of() : List.copyOf(seedContacts);
    }

    /** The operators' desk. */
    public record Operators(List<String> mailboxes, String language) {
    }

    /** A contact to start with. */
    public record SeedContact(String subject, String email, String mobile, String language, List<String> channels) {
    }
}
