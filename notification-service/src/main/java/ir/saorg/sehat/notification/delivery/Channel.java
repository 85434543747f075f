package ir.saorg.sehat.notification.delivery;

/** How a notification travels. */
public enum Channel {
    /** The staff member's feed in the portal, live over Server-Sent Events. */
    IN_APP,
    /** E-mail over SMTP. */
    EMAIL,
    /** A text message through the SMS provider. */
    SMS,
    /** A signed HTTP POST to a subscriber's URL. */
    WEBHOOK
}
