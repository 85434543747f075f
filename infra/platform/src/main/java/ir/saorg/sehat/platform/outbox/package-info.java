/** Publishes each event written with a state change, even across crashes: the transactional outbox and its relay. */
package ir.saorg.sehat.platform.outbox;
