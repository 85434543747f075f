/** Decides, for each submitted request, whether anything is due. */
package ir.saorg.sehat.payment.deciding;
