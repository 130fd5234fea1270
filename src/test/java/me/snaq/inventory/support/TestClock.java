package me.snaq.inventory.support;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The service's clock in tests: the real time in the warehouse zone unless a test fixes it. Tests
 * that fix it must {@link #reset()} it afterwards. Replaces the default clock bean.
 */
@Singleton
public class TestClock extends Clock {
  public static final ZoneId WAREHOUSE = ZoneId.of("Asia/Tokyo");
  private final AtomicReference<Instant> fixed = new AtomicReference<>();

  public void set(Instant instant) {
    fixed.set(instant);
  }

  public void reset() {
    fixed.set(null);
  }

  @Override
  public ZoneId getZone() {
    return WAREHOUSE;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.fixed(instant(), zone);
  }

  @Override
  public Instant instant() {
    Instant instant = fixed.get();
    return instant == null ? Instant.now() : instant;
  }
}
