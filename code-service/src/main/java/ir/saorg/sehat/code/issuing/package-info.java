/** Issues exactly one code per approved request and stores it. */
package ir.saorg.sehat.code.issuing;
