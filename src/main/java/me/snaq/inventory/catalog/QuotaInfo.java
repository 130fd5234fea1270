package me.snaq.inventory.catalog;

/** A brand's quota on house stock of one product; a null limit means none. */
public record QuotaInfo(String brand, String sku, int reserved, Integer limit) {}
