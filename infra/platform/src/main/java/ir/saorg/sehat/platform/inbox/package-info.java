/** Applies each arriving event once in effect: processed-event records plus guarded handlers. */
package ir.saorg.sehat.platform.inbox;
