/** Date parameters of the query and report APIs. */
package ir.saorg.sehat.request.dates.web;
