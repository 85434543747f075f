/** Wiring of the saga's meters. */
package ir.saorg.sehat.request.metrics.config;
