/** Events published by request-service on {@code sehat.request.events}. */
package ir.saorg.sehat.events.request;
