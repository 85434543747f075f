package ir.saorg.sehat.notification.recipients;

import java.util.Optional;

/** Staff members' contact details and preferences. */
public interface Contacts {

    Optional<Contact> find(String subject);

    void save(Contact contact);

    /** Stores the contact unless one exists for the subject; returns whether it stored it. */
    boolean insertIfAbsent(Contact contact);
}
