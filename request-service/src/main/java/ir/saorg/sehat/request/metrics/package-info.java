/** Counts and times the saga of requests for dashboards: submissions, approvals, rejections, each step's time. */
package ir.saorg.sehat.request.metrics;
