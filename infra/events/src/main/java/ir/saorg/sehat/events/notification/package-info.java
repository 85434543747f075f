/** Events published by notification-service on {@code sehat.notification.events}. */
package ir.saorg.sehat.events.notification;
