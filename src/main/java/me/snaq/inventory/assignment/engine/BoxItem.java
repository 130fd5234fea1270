package me.snaq.inventory.assignment.engine;

import java.time.LocalDate;

/**
 * One unit in a box.
 *
 * @param discovery the subscriber has never received nor rated the product
 * @param nearFloor the unit comes from a lot close to its shelf-life floor (short-dated stock used)
 * @param score the preference points this item adds to the box
 */
public record BoxItem(
    String sku,
    long lotId,
    LocalDate bestBefore,
    int score,
    Reason reason,
    boolean discovery,
    boolean nearFloor) {}
