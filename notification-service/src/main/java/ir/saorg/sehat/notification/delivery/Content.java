package ir.saorg.sehat.notification.delivery;

/**
 * What a delivery sends, fixed when the delivery is recorded, so that every attempt sends the same thing.
 *
 * @param title the e-mail subject (or the event type, for a webhook)
 * @param html  the e-mail's HTML body, or null
 * @param text  the plain text: the e-mail's alternative, the SMS, or the webhook's JSON body
 */
public record Content(String title, String html, String text) {
}
