/** Who hears about a request: the staff member who submitted it, their contact details and chosen channels, and the operators. */
package ir.saorg.sehat.notification.recipients;
