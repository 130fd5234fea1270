package me.snaq.inventory.assignment.api;

import java.time.LocalDate;
import me.snaq.inventory.inventory.PickLine;
import me.snaq.inventory.shared.web.CsvOutput;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    name = "PickLine",
    description = "Units of one lot for one box: where to pull them, and which box they go to.")
public record PickLineResponse(
    String location,
    String subscriberId,
    String brand,
    long allocationId,
    String sku,
    String productName,
    long lotId,
    String lotCode,
    LocalDate bestBefore,
    int quantity) {
  /** The CSV header, in the order of {@link #csvRow}. */
  static final String CSV_HEADER =
      "location,subscriber_id,brand,allocation_id,sku,product_name,lot_id,lot_code,best_before,quantity\r\n";

  static PickLineResponse from(PickLine line) {
    return new PickLineResponse(
        line.location(),
        line.subscriberId(),
        line.brand(),
        line.allocationId(),
        line.sku(),
        line.productName(),
        line.lotId(),
        line.lotCode(),
        line.bestBefore(),
        line.quantity());
  }

  static String csvRow(PickLine line) {
    return CsvOutput.row(
        line.location(),
        line.subscriberId(),
        line.brand(),
        line.allocationId(),
        line.sku(),
        line.productName(),
        line.lotId(),
        line.lotCode(),
        line.bestBefore(),
        line.quantity());
  }
}
