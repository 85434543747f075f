/**
 * Disputes over a request's outcome: staff object, operators answer, and once the negotiation period has run out the
 * organization's decision is final.
 */
package ir.saorg.sehat.request.disputes;
