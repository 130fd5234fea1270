package me.snaq.inventory.shared.database;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.inject.Singleton;

/**
 * Skips a scheduled job until {@link DatabaseStartup} has the database ready (created, migrated): a
 * job's first tick may come while a replica still waits for its server, or before the migrations
 * created the job's tables on a fresh database.
 */
@Singleton
public class DatabaseNotReady implements Scheduled.SkipPredicate {
  @Override
  public boolean test(ScheduledExecution execution) {
    return !DatabaseStartup.isReady();
  }
}
