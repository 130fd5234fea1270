package me.snaq.inventory.inventory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import me.snaq.inventory.inventory.ShipExceptionReason;

/** Units of one lot a box picked that did not ship with it, and why (they left stock as ADJUST). */
@Embeddable
public record ShipException(
    String sku,
    @Column(name = "lot_id") long lotId,
    @Enumerated(EnumType.STRING) ShipExceptionReason reason,
    int quantity) {}
