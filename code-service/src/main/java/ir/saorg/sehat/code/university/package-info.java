/** Universities by the code staff tokens carry ({@code ut}, {@code sharif}), with their Persian and English names. */
package ir.saorg.sehat.code.university;
