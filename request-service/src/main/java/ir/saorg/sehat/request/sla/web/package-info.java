/** The agreement's figures over HTTP. */
package ir.saorg.sehat.request.sla.web;
