/**
 * Demo data for newcomers: a deterministic catalog (the house, four box lines with their recipes,
 * two partners, about 150 products), lots, about 3,000 subscribers with ratings and past boxes, and
 * one API key per role, loaded at start when {@code inventory.demo.enabled} is on. It calls the
 * other modules' services only; nothing depends on it.
 */
package me.snaq.inventory.demo;
