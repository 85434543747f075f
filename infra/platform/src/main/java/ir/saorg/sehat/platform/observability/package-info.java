/** Meters that belong to no one feature: dead letters. */
package ir.saorg.sehat.platform.observability;
