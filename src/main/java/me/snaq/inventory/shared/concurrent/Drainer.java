package me.snaq.inventory.shared.concurrent;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import me.snaq.inventory.shared.database.DatabaseOutage;
import org.jboss.logging.Logger;

/**
 * One thread per replica that works through a queue in the database whenever it is woken (by a
 * poll, or by work just stored here): wakes while it drains come to one more drain, a database
 * outage is reported once rather than logged as an error, and once stopping it takes no new drain
 * while the one in hand finishes. Shipments and webhook deliveries are drained this way.
 */
public final class Drainer {
  private static final Logger LOG = Logger.getLogger(Drainer.class);

  private final String name;
  private final DatabaseOutage outage;
  private final Runnable drain;
  private final ExecutorService thread;
  private final AtomicBoolean requested = new AtomicBoolean();
  private volatile boolean stopping;

  public Drainer(String name, DatabaseOutage outage, Runnable drain) {
    this.name = name;
    this.outage = outage;
    this.drain = drain;
    this.thread = Executors.newSingleThreadExecutor(DaemonThreads.named(name));
  }

  /** Drains soon, unless a drain is already waiting to start or the replica is stopping. */
  public void wake() {
    if (!stopping && requested.compareAndSet(false, true)) {
      thread.execute(this::drainOnce);
    }
  }

  private void drainOnce() {
    requested.set(false);
    try {
      drain.run();
    } catch (RuntimeException e) {
      if (DatabaseOutage.isOutage(e)) {
        outage.report(e);
      } else if (!stopping) {
        LOG.errorf(e, "%s failed; the next poll tries again", name);
      }
    }
  }

  /** Whether the replica is stopping: a drain checks this between its batches. */
  public boolean stopping() {
    return stopping;
  }

  /** Takes no new drain; the one in hand finishes its batch. */
  public void stop() {
    stopping = true;
  }

  /** Stops and interrupts the thread (the application is going away). */
  public void close() {
    stopping = true;
    thread.shutdownNow();
  }
}
