package me.snaq.inventory.inventory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import me.snaq.inventory.catalog.CatalogService;
import me.snaq.inventory.catalog.ProductInfo;
import me.snaq.inventory.inventory.persistence.PickQueries;
import me.snaq.inventory.shared.error.ValidationFailedException;
import me.snaq.inventory.shared.web.Page;
import me.snaq.inventory.shared.web.PageRequest;

/**
 * What the warehouse pulls for the open allocations of committed assignment runs (DESIGN 1's
 * picking step): the pick list, one row per lot of each box in walking order (location, then box),
 * and its summary per location and lot. The caller names the runs; this module does not know them
 * beyond their id.
 */
@ApplicationScoped
public class PickingService {
  private final PickQueries picks;
  private final CatalogService catalog;

  public PickingService(PickQueries picks, CatalogService catalog) {
    this.picks = picks;
    this.catalog = catalog;
  }

  /** One page of the runs' pick list, at one location or all (null). */
  @Transactional
  public Page<PickLine> pickList(PickScope scope, String location, PageRequest page) {
    List<PickQueries.PickRow> rows =
        picks.page(scope, location, decode(page.after()), page.limit() + 1);
    Map<String, ProductInfo> products =
        catalog.products(rows.stream().map(PickQueries.PickRow::sku).distinct().toList());
    return Page.of(rows, page, PickingService::encode).map(row -> line(row, products));
  }

  /** Every line of the runs' pick list in walking order, streamed (for a CSV download). */
  @Transactional
  public void eachPickLine(PickScope scope, String location, Consumer<PickLine> consumer) {
    Map<String, ProductInfo> products = catalog.products(picks.skus(scope));
    picks.each(scope, location, row -> consumer.accept(line(row, products)));
  }

  /** The units to pull per location and lot, with totals per product. */
  @Transactional
  public PickSummary summary(PickScope scope) {
    List<PickQueries.LotPull> pulls = picks.pulls(scope);
    Map<String, ProductInfo> products =
        catalog.products(pulls.stream().map(PickQueries.LotPull::sku).distinct().toList());
    Map<String, List<PickQueries.LotPull>> bySku =
        pulls.stream()
            .collect(
                Collectors.groupingBy(PickQueries.LotPull::sku, TreeMap::new, Collectors.toList()));
    List<PickSummary.ProductTotal> totals =
        bySku.entrySet().stream()
            .map(
                e ->
                    new PickSummary.ProductTotal(
                        e.getKey(),
                        nameOf(products, e.getKey()),
                        e.getValue().stream().mapToInt(PickQueries.LotPull::units).sum(),
                        (int)
                            e.getValue().stream()
                                .mapToLong(PickQueries.LotPull::lotId)
                                .distinct()
                                .count()))
            .toList();
    return new PickSummary(
        pulls.stream()
            .map(
                p ->
                    new PickSummary.LotPull(
                        p.location(),
                        p.sku(),
                        nameOf(products, p.sku()),
                        p.lotId(),
                        p.lotCode(),
                        p.bestBefore(),
                        p.owner(),
                        p.units(),
                        p.boxes()))
            .toList(),
        totals,
        pulls.stream().mapToInt(PickQueries.LotPull::units).sum());
  }

  private static PickLine line(PickQueries.PickRow row, Map<String, ProductInfo> products) {
    return new PickLine(
        row.location(),
        row.subscriberId(),
        row.brand(),
        row.allocationId(),
        row.sku(),
        nameOf(products, row.sku()),
        row.lotId(),
        row.lotCode(),
        row.bestBefore(),
        row.quantity());
  }

  private static String nameOf(Map<String, ProductInfo> products, String sku) {
    ProductInfo product = products.get(sku);
    return product == null ? null : product.name();
  }

  /** The walking-order key of a row, as the page cursor carries it. */
  private static String encode(PickQueries.PickRow row) {
    return String.join(
        " ",
        encoded(row.location()),
        encoded(row.subscriberId()),
        Long.toString(row.allocationId()),
        encoded(row.sku()),
        Long.toString(row.lotId()));
  }

  private static PickQueries.After decode(String key) {
    if (key == null) {
      return null;
    }
    String[] parts = key.split(" ", -1);
    try {
      if (parts.length != 5) {
        throw new IllegalArgumentException("not a pick-list cursor");
      }
      String[] text =
          Arrays.stream(parts)
              .map(p -> URLDecoder.decode(p, StandardCharsets.UTF_8))
              .toArray(String[]::new);
      return new PickQueries.After(
          text[0], text[1], Long.parseLong(text[2]), text[3], Long.parseLong(text[4]));
    } catch (IllegalArgumentException e) {
      throw new ValidationFailedException("cursor", "invalidCursor");
    }
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
