package me.snaq.inventory.inventory.domain;

public enum WriteOffReason {
  EXPIRED,
  DAMAGED,
  RECALL
}
