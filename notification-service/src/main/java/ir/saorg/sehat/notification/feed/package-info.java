/** The in-app feed: notifications staff and operators read in the portal, live over Server-Sent Events. */
package ir.saorg.sehat.notification.feed;
