/** The event contract between Sehat's services and downstream systems: records, schemas, examples and topics. */
package ir.saorg.sehat.events;
