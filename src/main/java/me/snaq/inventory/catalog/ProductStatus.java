package me.snaq.inventory.catalog;

public enum ProductStatus {
  ACTIVE,
  DISCONTINUED
}
