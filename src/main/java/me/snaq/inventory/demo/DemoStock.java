package me.snaq.inventory.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import me.snaq.inventory.catalog.BrandKind;
import me.snaq.inventory.catalog.HouseBrand;
import me.snaq.inventory.demo.DemoCatalog.DemoProduct;
import me.snaq.inventory.inventory.LotReceipt;

/**
 * Demo lots with a realistic spread of best-before dates relative to the day they are loaded: about
 * 5% already expired, 15% within a month, the rest fresh; several lots per product, mostly shared
 * house stock, some consigned by the partners.
 */
public final class DemoStock {
  private static final List<String> PARTNERS =
      DemoCatalog.BRANDS.stream()
          .filter(b -> b.kind() == BrandKind.PARTNER)
          .map(DemoCatalog.DemoBrand::code)
          .toList();

  private DemoStock() {}

  public static List<LotReceipt> lots(List<DemoProduct> products, LocalDate today, Instant now) {
    Random random = new Random(DemoCatalog.SEED + 1);
    List<LotReceipt> lots = new ArrayList<>();
    for (DemoProduct product : products) {
      int count = 1 + random.nextInt(4);
      for (int i = 0; i < count; i++) {
        lots.add(lot(product, HouseBrand.CODE, i, today, now, random));
      }
      for (String partner : PARTNERS) {
        if (product.brands().contains(partner) && random.nextInt(10) < 3) {
          lots.add(lot(product, partner, count, today, now, random));
        }
      }
    }
    return lots;
  }

  private static LotReceipt lot(
      DemoProduct product, String owner, int index, LocalDate today, Instant now, Random random) {
    int roll = random.nextInt(100);
    int days =
        roll < 5
            ? -1 - random.nextInt(10)
            : roll < 20 ? 1 + random.nextInt(30) : 31 + random.nextInt(150);
    LocalDate bestBefore = today.plusDays(days);
    String lotCode =
        String.format(
            Locale.ROOT,
            "%s-%s-%02d",
            owner.substring(0, 2).toUpperCase(Locale.ROOT),
            bestBefore,
            index);
    int quantity = 20 + 10 * random.nextInt(60);
    String location =
        String.format(
            Locale.ROOT,
            "%c-%02d-%d",
            'A' + random.nextInt(6),
            1 + random.nextInt(20),
            1 + random.nextInt(4));
    return new LotReceipt(product.sku(), lotCode, owner, bestBefore, quantity, location, now);
  }
}
