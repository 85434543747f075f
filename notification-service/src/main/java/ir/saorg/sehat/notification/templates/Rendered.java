package ir.saorg.sehat.notification.templates;

/**
 * One notification written out in one language.
 *
 * @param title the e-mail's subject line (no line breaks)
 * @param html  the e-mail's HTML body, a whole document with the language's direction
 * @param text  the e-mail's plain-text alternative
 * @param brief one or two sentences for SMS and the in-app feed
 */
public record Rendered(String title, String html, String text, String brief) {
}
