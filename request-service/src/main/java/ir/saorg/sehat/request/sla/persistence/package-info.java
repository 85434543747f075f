/** The agreement's clocks in MongoDB. */
package ir.saorg.sehat.request.sla.persistence;
