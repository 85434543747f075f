/** The in-app feed: notifications staff read in the portal, one per event and recipient. */
package ir.saorg.sehat.notification.feed;
