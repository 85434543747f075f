/** Takes in a staff member's request: checks it against its type's guide, stores it and starts the saga. */
package ir.saorg.sehat.request.intake;
