/** Ways of writing to the store that several features share. */
package ir.saorg.sehat.platform.store;
