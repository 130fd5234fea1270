package me.snaq.inventory.shared.web;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list: its items and the cursor of the next page, absent on the last one. Built from
 * a query that fetched {@code limit + 1} rows, so the extra row tells that more exist.
 */
public record Page<T>(List<T> items, String nextCursor) {

  public static <T> Page<T> of(List<T> rows, PageRequest request, Function<T, String> sortKey) {
    if (rows.size() <= request.limit()) {
      return new Page<>(List.copyOf(rows), null);
    }
    List<T> items = List.copyOf(rows.subList(0, request.limit()));
    return new Page<>(items, PageRequest.cursorAfter(sortKey.apply(items.get(items.size() - 1))));
  }

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), nextCursor);
  }
}
