/** Answers staff's questions about their requests: lists with filters, and each request's status, timeline, code. */
package ir.saorg.sehat.request.query;
