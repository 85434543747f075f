/** How long codes stay valid: expiry, announced once per code to downstream systems. */
package ir.saorg.sehat.code.validity;
