/** The saga's compensation: giving back the payment of a request rejected after it was paid. */
package ir.saorg.sehat.payment.refunding;
