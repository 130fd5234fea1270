package me.snaq.inventory.subscriber;

import java.time.LocalDate;

/** One imported delivery as sent: a product a subscriber received on a date. */
public record DeliveryInput(String subscriberId, String sku, LocalDate deliveryDate) {}
