package ir.saorg.sehat.notification.recipients;

import ir.saorg.sehat.notification.templates.Language;

import java.util.List;

/**
 * Where operators hear about what needs them (SLA breaches, disputes): their shared feed, and these mailboxes.
 *
 * @param mailboxes the operators' e-mail addresses
 * @param language  the language written to them
 */
public record OperatorDesk(List<String> mailboxes, Language language) {

    /** The feed every operator and administrator reads. */
    public static final String FEED = "operators";

    public OperatorDesk {
        mailboxes = mailboxes == null ? List.of() : mailboxes.stream().map(String::strip).filter(m -> !m.isEmpty())
                .distinct().toList();
        language = language == null ? Language.FA : language;
    }
}
