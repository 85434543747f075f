/**
 * Request types and their guides: the fields each type asks for, its target time, review, call windows and its codes'
 * validity; every version kept, operators' changes conditional on the version they were made from.
 */
package ir.saorg.sehat.request.types;
