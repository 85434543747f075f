/**
 * Text messages through an SMS provider speaking Kavenegar's REST API ({@code sms/send.json}); locally and in tests a
 * sandbox inside this service answers it, deduplicating on the client reference ({@code localid}).
 */
package ir.saorg.sehat.notification.sms;
