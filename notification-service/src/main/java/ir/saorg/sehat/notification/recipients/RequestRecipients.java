package ir.saorg.sehat.notification.recipients;

import java.util.Optional;

/** The request → recipient table. */
public interface RequestRecipients {

    /** Remembers the submitter unless the request is already known; a repeated RequestSubmitted changes nothing. */
    void remember(RequestRecipient recipient);

    Optional<RequestRecipient> find(String requestId);
}
