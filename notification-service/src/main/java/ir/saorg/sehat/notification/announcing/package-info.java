/** Turns the saga's events into notifications for the staff member and the operators, once per event, channel and recipient. */
package ir.saorg.sehat.notification.announcing;
