/** The annual budget tables: what a request type costs in a Jalali fiscal year. */
package ir.saorg.sehat.payment.tariff;
