/**
 * Demo data for newcomers: a deterministic catalog (the house, four box lines, two partners, about
 * 150 products) and one API key per role, loaded at start when {@code inventory.demo.enabled} is
 * on. It calls the other modules' services only; nothing depends on it.
 */
package me.snaq.inventory.demo;
