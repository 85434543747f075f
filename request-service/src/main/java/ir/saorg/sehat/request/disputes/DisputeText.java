package ir.saorg.sehat.request.disputes;

import ir.saorg.sehat.request.disputes.DisputeRefused.Why;

/** What people write in a dispute (reason, message, decision): 1 to 4,000 characters once stripped, as the events allow. */
public final class DisputeText {

    /** In characters (Unicode code points), as JSON Schema's maxLength counts them. */
    public static final int MAX = 4000;

    private DisputeText() {
    }

    static String checked(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw new DisputeRefused(Why.TEXT_EMPTY);
        }
        if (stripped.codePointCount(0, stripped.length()) > MAX) {
            throw new DisputeRefused(Why.TEXT_TOO_LONG, MAX);
        }
        return stripped;
    }
}
