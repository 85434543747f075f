/** Turns every error into RFC 9457 problem details in Persian or English. */
package ir.saorg.sehat.platform.problem;
