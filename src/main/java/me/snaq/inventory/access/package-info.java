/**
 * API keys and authentication: keys are stored hashed, carry one role and, for partners, one brand.
 * It authenticates every {@code /v1} request and calls {@code catalog} only to check a partner
 * key's brand.
 */
package me.snaq.inventory.access;
