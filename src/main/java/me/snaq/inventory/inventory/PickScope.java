package me.snaq.inventory.inventory;

import java.util.List;

/**
 * Whose boxes a pick list or summary covers: the open allocations of these committed runs, of one
 * brand only (a partner's, which sees nothing of the others) or of every brand (null).
 */
public record PickScope(List<Long> runIds, String brand) {
  public PickScope {
    runIds = List.copyOf(runIds);
  }

  public boolean empty() {
    return runIds.isEmpty();
  }
}
