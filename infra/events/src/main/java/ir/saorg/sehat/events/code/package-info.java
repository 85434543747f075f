/** Events published by code-service on {@code sehat.code.events}. */
package ir.saorg.sehat.events.code;
