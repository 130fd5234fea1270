/**
 * The catalog: brands (the house, its box lines, partners), products, which brands may use which
 * product, and brand quotas on house stock. It depends only on {@code shared}; other modules call
 * {@link me.snaq.inventory.catalog.CatalogService} and refer to brands and products by code and
 * SKU.
 */
package me.snaq.inventory.catalog;
