/**
 * Delivery tracking and exactly-once sending: one record per (event, channel, recipient), created before anything is
 * sent, claimed with a lease, and settled as sent, failed (retried with back-off) or given up.
 */
package ir.saorg.sehat.notification.delivery;
