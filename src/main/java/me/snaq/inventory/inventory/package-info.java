/**
 * Stock: lots with best-before dates, the append-only ledger of movements whose projection is each
 * lot's balance, expiry, availability per brand and delivery date, and reports. It calls {@code
 * catalog} through its facade and refers to products and brands by SKU and code.
 */
package me.snaq.inventory.inventory;
