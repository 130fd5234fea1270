package me.snaq.inventory.catalog.domain;

import me.snaq.inventory.catalog.BrandKind;

/** Filters of the brand list; null means "any". {@code onlyCode} confines a partner to itself. */
public record BrandFilter(String onlyCode, BrandKind kind, Boolean active) {}
