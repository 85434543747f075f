/** Runs the breach detection on a schedule. */
package ir.saorg.sehat.request.sla.scheduling;
