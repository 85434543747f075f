/** The launcher behind ./sehat: runs the whole system on one machine, each part in its own JVM. */
package ir.saorg.sehat.local;
