/** The payment gateway as payment-service needs it: open, verify, inquire, refund, report. */
package ir.saorg.sehat.payment.gateway;
