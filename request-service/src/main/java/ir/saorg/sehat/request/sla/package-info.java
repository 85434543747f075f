/**
 * The agreement's clocks: how long requests took to their initial result and to its announcement, per type, against
 * the type's target time; breaches found and announced once (SlaBreached); the same figures as Micrometer metrics.
 */
package ir.saorg.sehat.request.sla;
