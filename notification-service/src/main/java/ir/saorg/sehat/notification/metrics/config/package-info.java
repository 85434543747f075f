/** Wiring of the notification meters. */
package ir.saorg.sehat.notification.metrics.config;
