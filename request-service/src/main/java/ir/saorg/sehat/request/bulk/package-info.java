/**
 * Bulk files: staff upload a CSV or XLSX of students; every row is checked against the type's guide, the valid ones
 * become requests, and the errors and the codes come back as downloadable reports.
 */
package ir.saorg.sehat.request.bulk;
