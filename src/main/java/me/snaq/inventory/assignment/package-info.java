/**
 * Assignment: choosing every subscriber's box. {@code engine} is the pure-Java engine (a function
 * from a snapshot to boxes, no framework imports); {@code validation} checks its output apart from
 * it. The module reads the catalog, inventory and subscriber modules through their facades and
 * holds the preference weights from configuration; runs (PLAN and COMMIT) come with issue 6.
 */
package me.snaq.inventory.assignment;
