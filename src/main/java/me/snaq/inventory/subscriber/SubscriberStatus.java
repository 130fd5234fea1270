package me.snaq.inventory.subscriber;

/** Whether a subscriber receives boxes: a PAUSED one is skipped by assignment runs. */
public enum SubscriberStatus {
  ACTIVE,
  PAUSED
}
