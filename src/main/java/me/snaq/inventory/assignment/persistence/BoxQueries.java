package me.snaq.inventory.assignment.persistence;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import me.snaq.inventory.assignment.domain.RunBox;
import me.snaq.inventory.assignment.domain.RunDemand;
import me.snaq.inventory.assignment.engine.RunContext;
import me.snaq.inventory.shared.database.Jdbc;
import me.snaq.inventory.shared.database.JsonColumns;
import me.snaq.inventory.shared.web.PageRequest;

/** A run's boxes and demand: streamed in with COPY, read by cursor. */
@ApplicationScoped
public class BoxQueries {
  /** A run's boxes, of one brand or all, short ones only or all (parameters may be null). */
  private static final String BOXES =
      """
      SELECT subscriber_id, brand_code, short, short_reason, short_detail, score, bound, items
      FROM assignment_box WHERE run_id = ?
      AND (CAST(? AS varchar) IS NULL OR brand_code = ?)
      AND (CAST(? AS boolean) IS NULL OR short = ?)
      """;

  private final Jdbc jdbc;
  private final JsonColumns json;

  public BoxQueries(Jdbc jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = new JsonColumns(json.copy().addMixIn(RunBox.RunItem.class, StoredItemShape.class));
  }

  /**
   * How an item is stored: a JSON array {@code [sku, lotId, bestBefore, score, reason, discovery,
   * nearFloor]}, half the bytes of an object (a 100,000-box run writes about 50 MB instead of 110).
   */
  @JsonFormat(shape = JsonFormat.Shape.ARRAY)
  @JsonPropertyOrder({"sku", "lotId", "bestBefore", "score", "reason", "discovery", "nearFloor"})
  private interface StoredItemShape {}

  /**
   * Replaces a run's boxes, demand and context (a run resumed after its worker died writes them
   * again).
   */
  public void replace(long runId, List<RunBox> boxes, List<RunDemand> demand, RunContext context) {
    jdbc.update("DELETE FROM assignment_box WHERE run_id = ?", runId);
    jdbc.update("DELETE FROM assignment_demand WHERE run_id = ?", runId);
    jdbc.update(
        """
        INSERT INTO assignment_run_context (run_id, context) VALUES (?, CAST(? AS json))
        ON CONFLICT (run_id) DO UPDATE SET context = EXCLUDED.context
        """,
        runId,
        json.write(context));
    insertBoxes(runId, boxes);
    jdbc.update(
        """
        INSERT INTO assignment_demand (run_id, sku, units, available, wanted)
        SELECT ?, d.sku, d.units, d.available, d.wanted
        FROM unnest(?, ?, ?, ?) AS d(sku, units, available, wanted)
        """,
        runId,
        demand.stream().map(RunDemand::sku).toArray(String[]::new),
        demand.stream().map(RunDemand::units).toArray(Integer[]::new),
        demand.stream().map(RunDemand::available).toArray(Integer[]::new),
        demand.stream().map(RunDemand::wanted).toArray(Integer[]::new));
  }

  private void insertBoxes(long runId, List<RunBox> boxes) {
    jdbc.copyIn(
        """
        COPY assignment_box (run_id, subscriber_id, brand_code, short, short_reason,
        short_detail, score, bound, items) FROM STDIN
        """,
        rows ->
            boxes.forEach(
                box ->
                    rows.row(
                        runId,
                        box.subscriberId(),
                        box.brand(),
                        box.isShort(),
                        box.shortReason(),
                        box.shortDetail(),
                        box.score(),
                        box.bound(),
                        json.write(box.items()))));
  }

  /** A run's boxes in subscriber order after the cursor; filters may be null. */
  public List<RunBox> page(
      long runId, String brand, String subscriberId, Boolean onlyShort, PageRequest page) {
    return jdbc.list(
        BOXES
            + """
            AND (CAST(? AS varchar) IS NULL OR subscriber_id = ?)
            AND (CAST(? AS varchar) IS NULL OR subscriber_id > ?)
            ORDER BY subscriber_id LIMIT ?
            """,
        this::box,
        runId,
        brand,
        brand,
        onlyShort,
        onlyShort,
        subscriberId,
        subscriberId,
        page.after(),
        page.after(),
        page.limit() + 1);
  }

  /** Every box of the run (filters may be null) in subscriber order, streamed. */
  public void each(long runId, String brand, Boolean onlyShort, Consumer<RunBox> consumer) {
    jdbc.stream(
        BOXES + " ORDER BY subscriber_id",
        this::box,
        consumer,
        runId,
        brand,
        brand,
        onlyShort,
        onlyShort);
  }

  /** What the run kept to explain its boxes; empty for runs stored before it was kept. */
  public Optional<RunContext> context(long runId) {
    return jdbc
        .list(
            "SELECT context FROM assignment_run_context WHERE run_id = ?",
            row -> json.read(row.getString(1), RunContext.class),
            runId)
        .stream()
        .findFirst();
  }

  public List<RunDemand> demand(long runId) {
    return jdbc.list(
        """
        SELECT sku, units, available, wanted FROM assignment_demand WHERE run_id = ?
        ORDER BY sku
        """,
        row ->
            new RunDemand(
                row.getString(1), row.getInt(2), row.getInt(3), (Integer) row.getObject(4)),
        runId);
  }

  private RunBox box(ResultSet row) throws SQLException {
    return new RunBox(
        row.getString(1),
        row.getString(2),
        row.getBoolean(3),
        row.getString(4),
        row.getString(5),
        row.getInt(6),
        row.getInt(7),
        List.of(json.read(row.getString(8), RunBox.RunItem[].class)));
  }
}
