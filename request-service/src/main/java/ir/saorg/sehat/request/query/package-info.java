/** Answers staff's questions about their requests: status, timeline, code. */
package ir.saorg.sehat.request.query;
