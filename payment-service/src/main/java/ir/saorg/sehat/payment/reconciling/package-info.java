/** Comparing each day's payments with the gateway's report, and listing what disagrees for operators. */
package ir.saorg.sehat.payment.reconciling;
