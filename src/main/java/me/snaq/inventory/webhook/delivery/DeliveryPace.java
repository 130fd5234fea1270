package me.snaq.inventory.webhook.delivery;

/**
 * How hard a replica's dispatcher may deliver: all it can while the API is quiet; while the API
 * serves more than {@code busyAbove} requests a second, one batch per {@code every} (and a small
 * relay for the next), so that the requests keep the CPU and deliveries fall behind for the busy
 * spell and catch up after it (their lag is {@code webhook_queue_oldest_seconds}). The request rate
 * is measured over windows of at least a quarter second, from a count of requests admitted so far.
 */
final class DeliveryPace {
  /** What a drain may do now. */
  enum Turn {
    /** Relay and send until nothing is left. */
    ALL,
    /** One batch, and a small relay: the API is busy and this replica's turn has come. */
    ONE_BATCH,
    /** Nothing: the API is busy and this replica delivered a batch less than a turn ago. */
    WAIT
  }

  private static final long WINDOW_NANOS = 250_000_000L;

  private final double busyAbove;
  private final long turnNanos;
  private long windowStartCount;
  private long windowStartAt;
  private boolean busy;
  private long lastBatchAt;
  private boolean batchSent;

  /**
   * @param busyAbove API requests a second above which deliveries yield; 0 or less: never
   * @param turnNanos the least time between two batches while they yield
   * @param requestsSoFar the count of requests admitted so far, now
   * @param now the time now ({@link System#nanoTime()})
   */
  DeliveryPace(double busyAbove, long turnNanos, long requestsSoFar, long now) {
    this.busyAbove = busyAbove;
    this.turnNanos = turnNanos;
    this.windowStartCount = requestsSoFar;
    this.windowStartAt = now;
  }

  synchronized Turn next(long requestsSoFar, long now) {
    if (busyAbove <= 0) {
      return Turn.ALL;
    }
    long elapsed = now - windowStartAt;
    if (elapsed >= WINDOW_NANOS) {
      double perSecond = (requestsSoFar - windowStartCount) * 1e9 / elapsed;
      busy = perSecond > busyAbove;
      windowStartCount = requestsSoFar;
      windowStartAt = now;
    }
    if (!busy) {
      return Turn.ALL;
    }
    if (batchSent && now - lastBatchAt < turnNanos) {
      return Turn.WAIT;
    }
    batchSent = true;
    lastBatchAt = now;
    return Turn.ONE_BATCH;
  }

  /** Whether the last window found the API busy. */
  synchronized boolean yielding() {
    return busy;
  }
}
