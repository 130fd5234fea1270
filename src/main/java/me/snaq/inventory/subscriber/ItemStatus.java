package me.snaq.inventory.subscriber;

/** What a bulk write did with one item. */
public enum ItemStatus {
  CREATED,
  UPDATED,
  UNCHANGED,
  REJECTED
}
