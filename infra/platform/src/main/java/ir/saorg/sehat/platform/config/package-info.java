/** Spring wiring and shared defaults of the platform. */
package ir.saorg.sehat.platform.config;
