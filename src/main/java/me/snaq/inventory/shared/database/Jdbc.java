package me.snaq.inventory.shared.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.hibernate.Session;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Plain JDBC on the connection of the current Hibernate session, for hot-path SQL: no query
 * interpretation, no entity materialization, exactly the statement written. Arrays bind as
 * PostgreSQL arrays, instants as {@code timestamptz}. The session is not flushed first: callers
 * flush when the statement must see entities they changed.
 */
@ApplicationScoped
public class Jdbc {
  private static final int STREAM_FETCH_SIZE = 5_000;
  private final EntityManager entityManager;

  public Jdbc(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /** Reads rows, each mapped by {@code mapper}. */
  public <T> List<T> list(String sql, RowMapper<T> mapper, Object... parameters) {
    return read(Read.list(sql, mapper, parameters));
  }

  /** Runs a read on its own. */
  public <T> T read(Read<T> read) {
    return session()
        .doReturningWork(
            connection -> {
              try (PreparedStatement statement =
                      prepare(connection, read.sql(), read.parameters());
                  ResultSet rows = statement.executeQuery()) {
                return read.reader().read(rows);
              }
            });
  }

  /**
   * Reads rows in chunks of {@value #STREAM_FETCH_SIZE} and hands each over as it arrives, so a
   * large result is never held whole. Inside a transaction (PostgreSQL fetches in chunks only
   * then); outside one the driver reads every row first.
   */
  public <T> void stream(
      String sql, RowMapper<T> mapper, Consumer<T> consumer, Object... parameters) {
    session()
        .doWork(
            connection -> {
              try (PreparedStatement statement = prepare(connection, sql, parameters)) {
                statement.setFetchSize(STREAM_FETCH_SIZE);
                try (ResultSet rows = statement.executeQuery()) {
                  while (rows.next()) {
                    consumer.accept(mapper.map(rows));
                  }
                }
              }
            });
  }

  /**
   * Runs reads in one round trip to the database. They still run one after the other, each with a
   * snapshot of its own at READ COMMITTED (the service's isolation level): a read sees what was
   * committed before the one before it finished, so a read sent after a lock sees all the lock's
   * previous holder wrote. If one fails, the ones after it do not run. Each read is one statement.
   */
  public Results readAll(List<Read<?>> reads) {
    List<Object> parameters = new ArrayList<>();
    StringBuilder sql = new StringBuilder();
    for (Read<?> read : reads) {
      parameters.addAll(Arrays.asList(read.parameters()));
      sql.append(sql.length() == 0 ? "" : ";\n").append(read.sql());
    }
    return session()
        .doReturningWork(
            connection -> {
              try (PreparedStatement statement =
                  prepare(connection, sql.toString(), parameters.toArray())) {
                Map<Read<?>, Object> results = new IdentityHashMap<>();
                boolean query = statement.execute();
                for (Read<?> read : reads) {
                  if (!query) {
                    throw new SQLException("a read sent with others is not a query");
                  }
                  try (ResultSet rows = statement.getResultSet()) {
                    results.put(read, read.reader().read(rows));
                  }
                  query = statement.getMoreResults();
                }
                if (query || statement.getUpdateCount() != -1) {
                  throw new SQLException("a read sent with others must be one statement");
                }
                return new Results(results);
              }
            });
  }

  /** The first row, mapped, or empty when there is none. */
  public <T> Optional<T> first(String sql, RowMapper<T> mapper, Object... parameters) {
    return list(sql, mapper, parameters).stream().findFirst();
  }

  /** Runs an INSERT, UPDATE or DELETE; returns the rows it touched. */
  public int update(String sql, Object... parameters) {
    return session()
        .doReturningWork(
            connection -> {
              try (PreparedStatement statement = prepare(connection, sql, parameters)) {
                return statement.executeUpdate();
              }
            });
  }

  /** Runs a statement whose result does not matter (such as taking an advisory lock). */
  public void execute(String sql, Object... parameters) {
    session()
        .doWork(
            connection -> {
              try (PreparedStatement statement = prepare(connection, sql, parameters)) {
                statement.execute();
              }
            });
  }

  /**
   * Streams rows into a table with {@code COPY ... FROM STDIN} (text format), the fastest way
   * PostgreSQL takes many rows; returns how many were written. {@code copySql} names the table and
   * columns, {@code rows} writes them in that column order.
   */
  public long copyIn(String copySql, Consumer<CopyRows> rows) {
    return session()
        .doReturningWork(
            connection -> {
              PGCopyOutputStream stream =
                  new PGCopyOutputStream(connection.unwrap(PGConnection.class), copySql, 1 << 16);
              try {
                Writer writer =
                    new BufferedWriter(
                        new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
                rows.accept(new CopyRows(writer));
                writer.flush();
                return stream.endCopy();
              } catch (IOException e) {
                // The server's own error, when it refused a row, keeps its SQL state.
                throw e.getCause() instanceof SQLException refused
                    ? refused
                    : new SQLException("COPY failed", e);
              } finally {
                // Whatever stopped the rows (even an Error), the connection leaves COPY mode.
                if (stream.isActive()) {
                  cancelQuietly(stream);
                }
              }
            });
  }

  private static void cancelQuietly(PGCopyOutputStream stream) {
    try {
      stream.cancelCopy();
    } catch (SQLException alreadyFailing) {
      // the error that stopped the rows is the one to report
    }
  }

  private Session session() {
    return entityManager.unwrap(Session.class);
  }

  private static PreparedStatement prepare(Connection connection, String sql, Object[] parameters)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, bindable(connection, parameters[i]));
    }
    return statement;
  }

  private static Object bindable(Connection connection, Object value) throws SQLException {
    if (value instanceof Instant instant) {
      return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
    if (value instanceof String[] strings) {
      return array(connection, "varchar", strings);
    }
    if (value instanceof Long[] longs) {
      return array(connection, "int8", longs);
    }
    if (value instanceof Integer[] ints) {
      return array(connection, "int4", ints);
    }
    if (value instanceof Boolean[] flags) {
      return array(connection, "bool", flags);
    }
    if (value instanceof Instant[] instants) {
      String[] texts = new String[instants.length];
      for (int i = 0; i < instants.length; i++) {
        texts[i] = instants[i] == null ? null : instants[i].toString();
      }
      return array(connection, "timestamptz", texts);
    }
    if (value instanceof java.time.LocalDate[] dates) {
      java.sql.Date[] sqlDates = new java.sql.Date[dates.length];
      for (int i = 0; i < dates.length; i++) {
        sqlDates[i] = java.sql.Date.valueOf(dates[i]);
      }
      return array(connection, "date", sqlDates);
    }
    return value;
  }

  private static Array array(Connection connection, String type, Object[] values)
      throws SQLException {
    return connection.createArrayOf(type, values);
  }

  /**
   * A read that can be sent with others ({@link #readAll}): its statement, its parameters and what
   * to make of its rows.
   */
  public record Read<T>(String sql, Object[] parameters, RowsReader<T> reader) {
    /** A read whose rows each map to an element of the list it returns. */
    public static <T> Read<List<T>> list(String sql, RowMapper<T> mapper, Object... parameters) {
      return new Read<>(
          sql,
          parameters,
          rows -> {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
              result.add(mapper.map(rows));
            }
            return result;
          });
    }
  }

  /** The results of reads sent together ({@link #readAll}), each found by its read. */
  public static final class Results {
    private final Map<Read<?>, Object> byRead;

    private Results(Map<Read<?>, Object> byRead) {
      this.byRead = byRead;
    }

    /** The result of this read, which must have been one of those sent. */
    @SuppressWarnings("unchecked")
    public <T> T of(Read<T> read) {
      if (!byRead.containsKey(read)) {
        throw new IllegalArgumentException("this read was not sent");
      }
      return (T) byRead.get(read);
    }
  }

  /** Makes one result of all the rows of a read. */
  @FunctionalInterface
  public interface RowsReader<T> {
    T read(ResultSet rows) throws SQLException;
  }

  /** Maps the current row of a result set. */
  @FunctionalInterface
  public interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }
}
