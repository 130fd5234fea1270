package me.snaq.inventory.assignment.validation;

/**
 * One broken hard rule.
 *
 * @param subscriberId the box's subscriber, or {@code null} for a rule over all boxes (stock)
 * @param rule a stable name, e.g. {@code NG_LIST} or {@code LOT_OVERDRAWN}
 */
public record Violation(String subscriberId, String rule, String detail) {}
