package me.snaq.inventory.subscriber;

import java.util.List;
import me.snaq.inventory.subscriber.domain.Violation;

/** One item of a delivery import: its position, the delivery read, what could not be read. */
public record DeliveryItem(int index, DeliveryInput input, List<Violation> readErrors) {}
