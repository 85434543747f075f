/** Which requests a caller may see and act on: their university's, or every one for operators and administrators. */
package ir.saorg.sehat.request.access.web;
