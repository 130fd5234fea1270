package me.snaq.inventory.inventory.api;

import me.snaq.inventory.inventory.ExpiryReport;
import me.snaq.inventory.shared.web.CsvOutput;

/** The near-expiry report as one CSV row per lot, for a spreadsheet. */
final class ExpiryReportCsv {
  static final String HEADER =
      "horizon_days,owner,sku,product_name,lot_id,lot_code,best_before,days_left,on_hand,reserved,status,location";

  private ExpiryReportCsv() {}

  static String write(ExpiryReport report) {
    StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
    for (ExpiryReport.Line line : report.lines()) {
      csv.append(line.horizonDays() == null ? "expired" : line.horizonDays().toString())
          .append(',')
          .append(field(line.lot().owner()))
          .append(',')
          .append(field(line.lot().sku()))
          .append(',')
          .append(field(line.productName()))
          .append(',')
          .append(line.lot().id())
          .append(',')
          .append(field(line.lot().lotCode()))
          .append(',')
          .append(line.lot().bestBefore())
          .append(',')
          .append(line.daysLeft())
          .append(',')
          .append(line.lot().onHand())
          .append(',')
          .append(line.lot().reserved())
          .append(',')
          .append(line.lot().status())
          .append(',')
          .append(field(line.lot().location()))
          .append("\r\n");
    }
    return csv.toString();
  }

  private static String field(String value) {
    return CsvOutput.field(value);
  }
}
