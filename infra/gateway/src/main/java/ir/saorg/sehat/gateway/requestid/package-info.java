/** A request id on every call, passed to the service behind and returned to the caller. */
package ir.saorg.sehat.gateway.requestid;
