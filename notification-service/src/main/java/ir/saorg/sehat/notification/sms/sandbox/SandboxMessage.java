package ir.saorg.sehat.notification.sms.sandbox;

import java.time.Instant;

/**
 * A text message the sandbox accepted.
 *
 * @param id        the sandbox's key: the API key and the client's {@code localid}, or a random one without it
 * @param messageId the provider's message id
 * @param localId   the client's reference, or null
 * @param receptor  the mobile number
 * @param sender    the sender line
 * @param message   the text
 * @param date      when it was accepted
 */
public record SandboxMessage(String id, long messageId, String localId, String receptor, String sender,
                             String message, Instant date) {
}
