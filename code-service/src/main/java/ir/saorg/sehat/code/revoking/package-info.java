/** Operators revoking codes: a reason category and an explanation; the code verifies as revoked from then on. */
package ir.saorg.sehat.code.revoking;
