package me.snaq.inventory.subscriber.domain;

import java.util.List;

/** One item of a delivery import: its position, the delivery read, what could not be read. */
public record DeliveryItem(int index, DeliveryInput input, List<Violation> readErrors) {}
