package me.snaq.inventory.inventory.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import me.snaq.inventory.shared.database.Jdbc;

/**
 * The house units each brand holds reserved, per product: the counter quotas are checked against.
 * Every write of it goes through here.
 */
@ApplicationScoped
public class HouseClaims {
  private final Jdbc jdbc;

  public HouseClaims(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Adds the rows of {@code select} (brand, sku, units; sorted by brand and sku, so concurrent
   * writers lock rows in one order) to the claims: a brand's existing claim on a product grows.
   */
  static String addFrom(String select) {
    return """
        INSERT INTO inventory_house_claim (brand_code, sku, units) %s
        ON CONFLICT (brand_code, sku) DO UPDATE
          SET units = inventory_house_claim.units + EXCLUDED.units
        """
        .formatted(select);
  }

  /**
   * Adds (sign 1) or removes (sign -1) the house units brands hold reserved, given per brand and
   * product, in one statement. Removal updates existing rows only (a negative insert would break
   * the {@code units >= 0} check before any conflict is considered).
   */
  public void change(Map<String, Map<String, Integer>> unitsByBrandAndSku, int sign) {
    List<String> brands = new ArrayList<>();
    List<String> skus = new ArrayList<>();
    List<Integer> units = new ArrayList<>();
    unitsByBrandAndSku.forEach(
        (brand, bySku) ->
            bySku.forEach(
                (sku, count) -> {
                  brands.add(brand);
                  skus.add(sku);
                  units.add(count);
                }));
    if (brands.isEmpty()) {
      return;
    }
    Object[] rows = {
      brands.toArray(String[]::new), skus.toArray(String[]::new), units.toArray(Integer[]::new)
    };
    if (sign < 0) {
      jdbc.update(
          """
          UPDATE inventory_house_claim c SET units = c.units - t.units
          FROM unnest(?, ?, ?) AS t(brand, sku, units)
          WHERE c.brand_code = t.brand AND c.sku = t.sku
          """,
          rows);
      return;
    }
    jdbc.update(addFrom("SELECT * FROM unnest(?, ?, ?) ORDER BY 1, 2"), rows);
  }
}
