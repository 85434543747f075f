/**
 * A sandbox SMS provider inside notification-service that speaks Kavenegar's {@code sms/send.json}, for the local stack
 * and tests: it keeps what it was sent (an SMS inbox to look at) and never sends one {@code localid} twice.
 */
package ir.saorg.sehat.notification.sms.sandbox;
