package me.snaq.inventory.assignment.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import me.snaq.inventory.assignment.domain.Run;
import me.snaq.inventory.assignment.domain.RunMode;
import me.snaq.inventory.assignment.domain.RunStatus;
import me.snaq.inventory.shared.database.Jdbc;
import me.snaq.inventory.shared.database.JsonColumns;
import me.snaq.inventory.shared.web.PageRequest;

/**
 * Runs as a queue in the database: claims with {@code FOR UPDATE SKIP LOCKED}, so that replicas
 * polling together never take the same run, and leases in database time, so that clocks of replicas
 * do not matter.
 */
@ApplicationScoped
public class RunQueries {
  private static final String COLUMNS =
      """
      id, delivery_date, brands, mode, status, seed, phase, attempts, metrics, phase_seconds,
      error, requested_by, created_at, started_at, finished_at
      """;

  private final Jdbc jdbc;
  private final JsonColumns json;

  public RunQueries(Jdbc jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = new JsonColumns(json);
  }

  public long insert(
      LocalDate deliveryDate, List<String> brands, RunMode mode, long seed, String by, Instant at) {
    return jdbc.list(
            """
            INSERT INTO assignment_run (delivery_date, brands, mode, status, seed, requested_by,
            created_at) VALUES (?, ?, ?, 'QUEUED', ?, ?, ?) RETURNING id
            """,
            row -> row.getLong(1),
            deliveryDate,
            brands.toArray(String[]::new),
            mode.name(),
            seed,
            by,
            at)
        .get(0);
  }

  /** Claims each brand for the date for a COMMIT run; false when another run holds one. */
  public boolean claimCommit(long runId, LocalDate deliveryDate, List<String> brands) {
    int claimed =
        jdbc.update(
            """
            INSERT INTO assignment_commit_claim (brand_code, delivery_date, run_id)
            SELECT b, ?, ? FROM unnest(?) AS b ON CONFLICT DO NOTHING
            """,
            deliveryDate,
            runId,
            brands.toArray(String[]::new));
    return claimed == brands.size();
  }

  private void releaseCommitClaims(long runId) {
    jdbc.update("DELETE FROM assignment_commit_claim WHERE run_id = ?", runId);
  }

  public Optional<Run> find(long id) {
    return jdbc.first("SELECT " + COLUMNS + " FROM assignment_run WHERE id = ?", this::run, id);
  }

  /** Newest first; filters may be null. */
  public List<Run> page(LocalDate deliveryDate, RunStatus status, PageRequest page) {
    Long before = page.afterId();
    return jdbc.list(
        "SELECT "
            + COLUMNS
            + """
              FROM assignment_run WHERE (CAST(? AS date) IS NULL OR delivery_date = ?)
              AND (CAST(? AS varchar) IS NULL OR status = ?)
              AND (CAST(? AS bigint) IS NULL OR id < ?) ORDER BY id DESC LIMIT ?
              """,
        this::run,
        deliveryDate,
        deliveryDate,
        status == null ? null : status.name(),
        status == null ? null : status.name(),
        before,
        before,
        page.limit() + 1);
  }

  /** The COMMIT runs for a delivery date, oldest first (their allocations may since have ended). */
  public List<Long> commitsOn(LocalDate deliveryDate) {
    return jdbc.list(
        """
        SELECT id FROM assignment_run WHERE delivery_date = ? AND mode = 'COMMIT'
        AND status = 'SUCCEEDED' ORDER BY id
        """,
        row -> row.getLong(1),
        deliveryDate);
  }

  /**
   * Takes the oldest run that is queued, or running with a lease that lapsed (its worker died), for
   * this worker; empty when there is none.
   */
  public Optional<Run> claim(String worker, Duration lease) {
    return jdbc.first(
        """
        UPDATE assignment_run r SET status = 'RUNNING', worker = ?, attempts = attempts + 1,
        lease_until = now() + make_interval(secs => ?), phase = 'QUEUED',
        started_at = coalesce(started_at, now())
        WHERE r.id = (SELECT id FROM assignment_run
        WHERE status = 'QUEUED' OR (status = 'RUNNING' AND lease_until < now())
        ORDER BY created_at, id FOR UPDATE SKIP LOCKED LIMIT 1)
        RETURNING
        """
            + COLUMNS,
        this::run,
        worker,
        (double) lease.toSeconds());
  }

  /** Extends the lease while the worker still holds the run; false when it no longer does. */
  public boolean renew(long id, String worker, Duration lease, String phase) {
    return jdbc.update(
            """
            UPDATE assignment_run SET lease_until = now() + make_interval(secs => ?),
            phase = coalesce(?, phase) WHERE id = ? AND worker = ? AND status = 'RUNNING'
            """,
            (double) lease.toSeconds(),
            phase,
            id,
            worker)
        == 1;
  }

  /**
   * Locks the run if this worker still holds it (in the transaction that writes its results), so
   * that a cancel or a reclaim cannot slip in between.
   */
  public boolean lockIfHeld(long id, String worker) {
    return !jdbc.list(
            """
            SELECT id FROM assignment_run WHERE id = ? AND worker = ? AND status = 'RUNNING'
            AND lease_until > now() FOR UPDATE
            """,
            row -> row.getLong(1),
            id,
            worker)
        .isEmpty();
  }

  public void succeed(long id, Map<String, Object> metrics, Map<String, Double> phaseSeconds) {
    jdbc.update(
        """
        UPDATE assignment_run SET status = 'SUCCEEDED', phase = NULL, lease_until = NULL,
        metrics = CAST(? AS jsonb), phase_seconds = CAST(? AS jsonb),
        finished_at = clock_timestamp()
        WHERE id = ?
        """,
        json.write(metrics),
        json.write(phaseSeconds),
        id);
  }

  /**
   * Ends a run this worker holds as FAILED; nothing when it has ended otherwise (a cancel) or been
   * handed back or taken over in the meantime.
   */
  public boolean fail(long id, String worker, String error) {
    int failed =
        jdbc.update(
            """
            UPDATE assignment_run SET status = 'FAILED', lease_until = NULL, error = ?,
            finished_at = clock_timestamp()
            WHERE id = ? AND worker = ? AND status = 'RUNNING'
            """,
            error.length() > 500 ? error.substring(0, 500) : error,
            id,
            worker);
    if (failed == 1) {
      releaseCommitClaims(id);
    }
    return failed == 1;
  }

  /**
   * Gives a run this worker holds back to the queue at once (its replica is stopping): another
   * replica claims it at its next poll, and the interrupted attempt does not count. Waits at most a
   * moment for the run's row: a COMMIT writing its results holds it, and then finishes or fails on
   * its own.
   */
  public boolean handBack(long id, String worker) {
    jdbc.execute("SET LOCAL lock_timeout = '2s'");
    return jdbc.update(
            """
            UPDATE assignment_run SET status = 'QUEUED', worker = NULL, lease_until = NULL,
            phase = NULL, attempts = greatest(attempts - 1, 0)
            WHERE id = ? AND worker = ? AND status = 'RUNNING'
            """,
            id,
            worker)
        == 1;
  }

  /** Records the phase a held run is in, when it starts. */
  public void phase(long id, String worker, String phase) {
    jdbc.update(
        "UPDATE assignment_run SET phase = ? WHERE id = ? AND worker = ? AND status = 'RUNNING'",
        phase,
        id,
        worker);
  }

  /** Runs that lapsed too often: their worker keeps dying on them. */
  public List<Long> failAbandoned(int maxAttempts) {
    return jdbc.list(
        """
        WITH failed AS (UPDATE assignment_run SET status = 'FAILED', lease_until = NULL,
        finished_at = clock_timestamp(),
        error = 'the run was interrupted ' || attempts || ' times (worker lost)'
        WHERE status = 'RUNNING' AND lease_until < now() AND attempts >= ? RETURNING id),
        claims AS (DELETE FROM assignment_commit_claim WHERE run_id IN (SELECT id FROM failed))
        SELECT id FROM failed
        """,
        row -> row.getLong(1),
        maxAttempts);
  }

  /** Cancels an open run, or a succeeded COMMIT (its allocations released by the caller). */
  public boolean cancel(long id) {
    releaseCommitClaims(id);
    return jdbc.update(
            """
            UPDATE assignment_run SET status = 'CANCELLED', lease_until = NULL,
            finished_at = clock_timestamp() WHERE id = ? AND (status IN ('QUEUED', 'RUNNING')
            OR (status = 'SUCCEEDED' AND mode = 'COMMIT'))
            """,
            id)
        == 1;
  }

  public Optional<Run> lockForUpdate(long id) {
    return jdbc.first(
        "SELECT " + COLUMNS + " FROM assignment_run WHERE id = ? FOR UPDATE", this::run, id);
  }

  private Run run(ResultSet row) throws SQLException {
    return new Run(
        row.getLong(1),
        row.getObject(2, LocalDate.class),
        Arrays.asList((String[]) row.getArray(3).getArray()),
        RunMode.valueOf(row.getString(4)),
        RunStatus.valueOf(row.getString(5)),
        row.getLong(6),
        row.getString(7),
        row.getInt(8),
        json.read(row.getString(9), new TypeReference<Map<String, Object>>() {}),
        json.read(row.getString(10), new TypeReference<Map<String, Double>>() {}),
        row.getString(11),
        row.getString(12),
        instant(row, 13),
        instant(row, 14),
        instant(row, 15));
  }

  private static Instant instant(ResultSet row, int column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
