/** The life of a request, from submission to the announced result: the saga and its guarded transitions. */
package ir.saorg.sehat.request.lifecycle;
