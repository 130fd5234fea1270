package me.snaq.inventory.inventory;

import java.util.Collection;
import java.util.Map;
import me.snaq.inventory.shared.database.Jdbc;

/**
 * Which brand each subscriber belongs to, for an allocation that names one: the subscriber module
 * provides it (inventory may not call that module, which observes inventory's events), as a read
 * that joins the allocation batch's other reads in one round trip.
 */
public interface SubscriberDirectory {
  /** The brand of each of these subscribers that exists (an unknown id is absent). */
  Jdbc.Read<Map<String, String>> brandsOf(Collection<String> subscriberIds);
}
