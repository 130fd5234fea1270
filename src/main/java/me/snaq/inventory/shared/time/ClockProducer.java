package me.snaq.inventory.shared.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one time source. Its zone is the warehouse's ({@code inventory.warehouse-time-zone}), so
 * {@code LocalDate.now(clock)} is the warehouse's calendar day. Tests replace it with a fixed
 * clock.
 */
@ApplicationScoped
public class ClockProducer {
  @Produces
  @DefaultBean
  @ApplicationScoped
  Clock clock(@ConfigProperty(name = "inventory.warehouse-time-zone") ZoneId warehouseZone) {
    return Clock.system(warehouseZone);
  }
}
