package me.snaq.inventory.support;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Waiting in tests that stage one thread against another. */
public final class Waits {
  private Waits() {}

  /** Waits for the latch; fails the test if it is not counted down within 30 seconds. */
  public static void await(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new AssertionError("timed out waiting for the other side");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
