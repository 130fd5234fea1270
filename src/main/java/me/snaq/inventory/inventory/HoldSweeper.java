package me.snaq.inventory.inventory;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Releases holds past their time, on every replica (each skips what another is releasing). Reads
 * ignore a lapsed hold from the moment it lapses; this gives its units back to the lots.
 */
@ApplicationScoped
public class HoldSweeper {
  private static final Logger LOG = Logger.getLogger(HoldSweeper.class);
  private static final int BATCH = 100;

  private final AllocationService allocations;

  public HoldSweeper(AllocationService allocations) {
    this.allocations = allocations;
  }

  @Scheduled(
      every = "${inventory.hold-sweeper.every}",
      delayed = "10s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void sweep() {
    int released;
    do {
      released = allocations.releaseLapsedHolds(BATCH);
      if (released > 0) {
        LOG.infof("Released %d lapsed holds", released);
      }
    } while (released == BATCH);
  }
}
