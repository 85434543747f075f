package ir.saorg.sehat.notification.recipients;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;

/** A staff member reads and changes how they hear about their requests. */
public class SettingPreferences {

    private final Contacts contacts;
    private final Clock clock;

    public SettingPreferences(Contacts contacts, Clock clock) {
        this.contacts = contacts;
        this.clock = clock;
    }

    public Contact current(String subject) {
        return contacts.find(subject).orElseGet(() -> Contact.feedOnly(subject));
    }

    /** Stores the preferences, or reports every violation and stores nothing. */
    public Contact set(String subject, ContactRules.Requested requested) {
        ContactRules.Checked checked = ContactRules.check(requested);
        if (!checked.violations().isEmpty()) {
            throw new InvalidPreferencesException(checked.violations());
        }
        var channels = checked.channels().isEmpty() ? EnumSet.noneOf(ir.saorg.sehat.notification.delivery.Channel.class)
                : EnumSet.copyOf(checked.channels());
        Contact contact = new Contact(subject, checked.email(), checked.mobile(), checked.language(), channels,
                clock.instant());
        contacts.save(contact);
        return contact;
    }

    /** The preferences sent break these rules. */
    public static class InvalidPreferencesException extends RuntimeException {

        private final List<ContactRules.Violation> violations;

        InvalidPreferencesException(List<ContactRules.Violation> violations) {
            super(violations.toString());
            this.violations = List.copyOf(violations);
        }

        public List<ContactRules.Violation> violations() {
            return violations;
        }
    }
}
