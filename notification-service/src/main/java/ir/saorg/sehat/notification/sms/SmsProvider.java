package ir.saorg.sehat.notification.sms;

import ir.saorg.sehat.notification.delivery.SendOutcome;

/** Sends one text message. {@code clientReference} is the same for every attempt of one delivery. */
public interface SmsProvider {

    SendOutcome send(String mobile, String text, String clientReference);
}
