/**
 * An independent check of the engine's output against the hard rules of DESIGN 5, written apart
 * from the engine (it shares none of its code, only its input and output records). Tests run it on
 * every box they produce; a run can run it before committing allocations.
 */
package me.snaq.inventory.assignment.validation;
