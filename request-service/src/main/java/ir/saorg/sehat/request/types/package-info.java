/** Request types and their guides: the fields each type asks for, its target time and its codes' validity. */
package ir.saorg.sehat.request.types;
