/** Rules for what people type: Persian and Arabic digits and letters, the Iranian national ID. No framework inside. */
package ir.saorg.sehat.platform.text;
