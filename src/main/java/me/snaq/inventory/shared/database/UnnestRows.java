package me.snaq.inventory.shared.database;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Rows of one kind bound as parallel arrays for {@code unnest(?, ?, ...) AS t(a, b, ...)}: each
 * column is named once, beside the field it reads, so the names in the SQL and the order of the
 * parameters cannot drift apart.
 */
public final class UnnestRows<T> {
  private final List<T> rows;
  private final List<String> names = new ArrayList<>();
  private final List<Object> arrays = new ArrayList<>();

  public UnnestRows(List<T> rows) {
    this.rows = rows;
  }

  /** Adds a column: its name in the SQL, the field of each row, and the array type it binds as. */
  public <R> UnnestRows<T> column(String name, Function<T, R> field, IntFunction<R[]> array) {
    names.add(name);
    arrays.add(rows.stream().map(field).toArray(array));
    return this;
  }

  /** The SQL of the rows as a table: {@code unnest(?, ..., ?) AS alias(name, ...)}. */
  public String as(String alias) {
    return "unnest(%s) AS %s(%s)"
        .formatted(
            String.join(", ", Collections.nCopies(names.size(), "?")),
            alias,
            String.join(", ", names));
  }

  /** The arrays to bind, in column order. */
  public List<Object> parameters() {
    return arrays;
  }
}
