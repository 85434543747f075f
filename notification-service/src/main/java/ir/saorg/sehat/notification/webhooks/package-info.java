/**
 * Webhooks for downstream systems: subscriptions with a secret, signed deliveries retried with back-off for a day and
 * then dead-lettered, redelivery on request, addresses checked against server-side request forgery.
 */
package ir.saorg.sehat.notification.webhooks;
