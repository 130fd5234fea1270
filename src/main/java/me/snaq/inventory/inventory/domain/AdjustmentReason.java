package me.snaq.inventory.inventory.domain;

/** Why an on-hand quantity was corrected. COUNT is what a cycle count records. */
public enum AdjustmentReason {
  COUNT,
  DAMAGED,
  FOUND,
  SAMPLE,
  OTHER
}
