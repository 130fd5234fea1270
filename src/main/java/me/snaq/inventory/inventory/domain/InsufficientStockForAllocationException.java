package me.snaq.inventory.inventory.domain;

import java.util.List;
import me.snaq.inventory.shared.error.ApplicationException;
import me.snaq.inventory.shared.error.ErrorCode;
import me.snaq.inventory.shared.error.ShortLine;

/** An allocation that cannot be served in full without allowPartial; nothing was reserved. */
public class InsufficientStockForAllocationException extends ApplicationException {
  private final transient List<ShortLine> lines;

  public InsufficientStockForAllocationException(List<ShortLine> lines) {
    super(
        ErrorCode.INSUFFICIENT_STOCK,
        lines.stream().mapToInt(ShortLine::requested).sum(),
        lines.stream().mapToInt(ShortLine::available).sum());
    this.lines = List.copyOf(lines);
  }

  @Override
  public List<ShortLine> lines() {
    return lines;
  }
}
