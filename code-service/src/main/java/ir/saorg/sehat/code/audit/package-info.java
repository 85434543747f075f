/**
 * Looking back at verifications: staff see when and how often their university's codes were verified, operators
 * and administrators every code's; summaries count them per document type over Jalali days.
 */
package ir.saorg.sehat.code.audit;
