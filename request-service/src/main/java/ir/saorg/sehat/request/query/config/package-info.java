/** Wires the query use cases. */
package ir.saorg.sehat.request.query.config;
