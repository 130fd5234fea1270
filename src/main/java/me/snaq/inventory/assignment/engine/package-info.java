/**
 * The assignment engine: a pure function from an immutable {@link
 * me.snaq.inventory.assignment.engine.Snapshot} to every subscriber's box. Plain Java with no
 * framework, database or clock: the assignment module loads the snapshot and stores the result. The
 * hard rules of DESIGN 5 are never broken; a box that cannot be filled is reported short.
 */
package me.snaq.inventory.assignment.engine;
