package me.snaq.inventory.shared.database;

import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.List;

/** Joins the conditions of a list filter, skipping those whose value was not given. */
public final class QueryBuilder {
  private final List<String> conditions = new ArrayList<>(List.of("1 = 1"));
  private final Parameters parameters = new Parameters();

  public QueryBuilder where(String condition, String name, Object value) {
    if (value != null) {
      conditions.add(condition);
      parameters.and(name, value);
    }
    return this;
  }

  /** Adds a condition without parameters when it applies. */
  public QueryBuilder whereIf(boolean applies, String condition) {
    if (applies) {
      conditions.add(condition);
    }
    return this;
  }

  public String jpql() {
    return String.join(" and ", conditions);
  }

  public Parameters parameters() {
    return parameters;
  }
}
