package me.snaq.inventory.subscriber.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A subscriber due for a box, with their history before the delivery date: the last date each
 * product was received, and the dates of their most recent boxes, newest first.
 */
public record DueProfile(
    Profile profile, Map<String, LocalDate> lastReceived, List<LocalDate> recentBoxDates) {}
