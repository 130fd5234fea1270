package me.snaq.inventory.catalog.domain;

public enum ProductStatus {
  ACTIVE,
  DISCONTINUED
}
