package me.snaq.inventory.assignment.api;

import java.util.Comparator;
import java.util.stream.Collectors;
import me.snaq.inventory.assignment.domain.RunBox;
import me.snaq.inventory.shared.web.CsvOutput;

/** A run's boxes as CSV rows, one per box, for label printing. */
final class BoxCsv {
  static final String COLUMNS =
      "subscriber_id, brand, units, items, short, short_reason, short_detail";
  static final String HEADER = COLUMNS.replace(" ", "") + "\r\n";

  private BoxCsv() {}

  /** The box's row; items are its SKUs, one per unit, sorted and separated by {@code ;}. */
  static String row(RunBox box) {
    return CsvOutput.row(
        box.subscriberId(),
        box.brand(),
        box.items().size(),
        box.items().stream()
            .map(RunBox.RunItem::sku)
            .sorted(Comparator.naturalOrder())
            .collect(Collectors.joining(";")),
        box.isShort(),
        box.shortReason(),
        box.shortDetail());
  }
}
