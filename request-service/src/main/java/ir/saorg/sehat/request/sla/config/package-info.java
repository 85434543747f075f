/** Wires the agreement's clocks and their settings ({@code sehat.request.sla}). */
package ir.saorg.sehat.request.sla.config;
