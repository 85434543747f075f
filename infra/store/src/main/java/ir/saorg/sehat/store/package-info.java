/**
 * The embedded store: a MongoDB-wire-protocol server (mongo-java-server) keeping its data in one H2 MVStore file,
 * with a data type that stores documents as BSON and orders unique-index keys without Java serialization.
 */
package ir.saorg.sehat.store;
