/** Counts notifications by channel and outcome (decorators of the senders and the feed store) and wires them. */
package ir.saorg.sehat.notification.metrics.config;
