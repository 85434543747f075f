/** Guards every service's HTTP API shares. */
package ir.saorg.sehat.platform.web;
