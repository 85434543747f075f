/** The shape of a verification code: 20 digits, 63 random bits, a check digit that catches typing mistakes. */
package ir.saorg.sehat.code.format;
