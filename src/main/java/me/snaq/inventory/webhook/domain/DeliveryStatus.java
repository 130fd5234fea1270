package me.snaq.inventory.webhook.domain;

/** Where a delivery stands: not tried yet, failed and waiting to be tried again, or done. */
public enum DeliveryStatus {
  PENDING,
  RETRYING,
  SUCCEEDED,
  FAILED
}
