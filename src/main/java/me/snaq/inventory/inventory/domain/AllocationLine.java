package me.snaq.inventory.inventory.domain;

import jakarta.persistence.Embeddable;

/** One product of an allocation: how many were asked for and how many were reserved. */
@Embeddable
public record AllocationLine(String sku, int requested, int allocated) {
  public int shortBy() {
    return requested - allocated;
  }
}
