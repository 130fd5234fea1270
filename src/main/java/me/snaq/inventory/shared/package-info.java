/**
 * Cross-cutting building blocks every module uses: problem+json errors, paging and request ids, the
 * clock, the caller's identity and database start-up. It depends on no feature module.
 */
package me.snaq.inventory.shared;
