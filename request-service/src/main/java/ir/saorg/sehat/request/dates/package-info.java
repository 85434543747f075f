/** Jalali dates and date ranges as people type them in queries, as spans of whole Tehran days. */
package ir.saorg.sehat.request.dates;
