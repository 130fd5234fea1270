/**
 * The catalog: brands (the house, its box lines, partners), products, which brands may use which
 * product, brand quotas on house stock and brands' box recipes. It depends only on {@code shared};
 * other modules call {@link me.snaq.inventory.catalog.CatalogService} and refer to brands and
 * products by code and SKU.
 */
package me.snaq.inventory.catalog;
