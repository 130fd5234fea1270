package me.snaq.inventory.inventory.allocation;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import me.snaq.inventory.shared.database.DatabaseNotReady;
import me.snaq.inventory.shared.database.DatabaseOutage;
import org.jboss.logging.Logger;

/**
 * Releases holds past their time, on every replica (each skips what another is releasing). Reads
 * ignore a lapsed hold from the moment it lapses; this gives its units back to the lots.
 */
@ApplicationScoped
public class HoldSweeper {
  private static final Logger LOG = Logger.getLogger(HoldSweeper.class);
  private static final int BATCH = 100;

  private final HoldRelease holds;
  private final DatabaseOutage outage;

  public HoldSweeper(HoldRelease holds, DatabaseOutage outage) {
    this.holds = holds;
    this.outage = outage;
  }

  @Scheduled(
      every = "${inventory.hold-sweeper.every}",
      delayed = "10s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = DatabaseNotReady.class)
  void sweep() {
    outage.quietly(
        () -> {
          int released;
          do {
            released = holds.releaseLapsedHolds(BATCH);
            if (released > 0) {
              LOG.infof("Released %d lapsed holds", released);
            }
          } while (released == BATCH);
        });
  }
}
