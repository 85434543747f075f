package ir.saorg.sehat.notification.recipients;

import ir.saorg.sehat.events.request.RequestSubmitted;

/** Remembers who submitted each request, from RequestSubmitted. */
public class RememberingSubmitter {

    private final RequestRecipients recipients;

    public RememberingSubmitter(RequestRecipients recipients) {
        this.recipients = recipients;
    }

    public void onRequestSubmitted(RequestSubmitted submitted) {
        var names = submitted.typeName();
        recipients.remember(new RequestRecipient(submitted.requestId().toString(), blankToNull(submitted.submittedBy()),
                blankToNull(submitted.university()), submitted.requestType(), names == null ? null : names.fa(),
                names == null ? null : names.en(), submitted.submittedAt()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
