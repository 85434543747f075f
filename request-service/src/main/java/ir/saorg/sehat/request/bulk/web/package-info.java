/** The bulk files API: upload, progress, and the error and codes reports as CSV or XLSX. */
package ir.saorg.sehat.request.bulk.web;
