/** Counts notifications by channel and outcome for dashboards, without touching the senders themselves. */
package ir.saorg.sehat.notification.metrics;
