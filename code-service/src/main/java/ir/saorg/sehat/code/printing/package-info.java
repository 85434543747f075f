/** The printable proof: a Persian PDF of a code with its QR, for the holder to hand to whoever must verify it. */
package ir.saorg.sehat.code.printing;
