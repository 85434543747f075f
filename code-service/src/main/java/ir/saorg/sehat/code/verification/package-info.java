/** Answers, for anyone and without login, whether a code is genuine. */
package ir.saorg.sehat.code.verification;
