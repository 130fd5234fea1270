package me.snaq.inventory.assignment.domain;

import java.util.List;
import me.snaq.inventory.assignment.engine.WhyNot;

/**
 * A run's box and, when asked, why each product it does not hold was kept out.
 *
 * @param whyNot null unless asked for
 */
public record BoxExplanation(RunBox box, List<WhyNot.Exclusion> whyNot) {}
