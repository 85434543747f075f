/** How fast one client may call through the gateway. */
package ir.saorg.sehat.gateway.limits;
