package me.snaq.inventory.catalog.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import me.snaq.inventory.catalog.ProductFilter;
import me.snaq.inventory.catalog.domain.Product;
import me.snaq.inventory.shared.database.Jdbc;
import me.snaq.inventory.shared.database.QueryBuilder;
import me.snaq.inventory.shared.web.PageRequest;

@ApplicationScoped
public class ProductRepository implements PanacheRepositoryBase<Product, String> {
  private final Jdbc jdbc;

  public ProductRepository(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Products in SKU order after the cursor: {@code limit + 1} rows, the extra telling more exist.
   */
  public List<Product> page(ProductFilter filter, PageRequest page) {
    QueryBuilder query =
        new QueryBuilder()
            .where("sku > :after", "after", page.after())
            .where("category = :category", "category", filter.category())
            .where("status = :status", "status", filter.status())
            .where("newProduct = :newProduct", "newProduct", filter.newProduct())
            .where(
                "(lower(sku) like :text escape '\\' or lower(name) like :text escape '\\')",
                "text",
                likePattern(filter.text()))
            .where(
                "sku in (select e.sku from Eligibility e where e.brandCode = :brand)",
                "brand",
                filter.brand());
    return find(query.jpql() + " order by sku", query.parameters()).range(0, page.limit()).list();
  }

  /** Which of these SKUs exist, in one statement whatever their number (bulk imports ask). */
  public List<String> skusAmong(Collection<String> skus) {
    return jdbc.list(
        "SELECT sku FROM catalog_product WHERE sku = ANY(?)",
        row -> row.getString(1),
        (Object) skus.toArray(String[]::new));
  }

  private static String likePattern(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String escaped =
        text.trim()
            .toLowerCase(Locale.ROOT)
            .replace("\\", "\\\\")
            .replace("%", "\\%")
            .replace("_", "\\_");
    return "%" + escaped + "%";
  }
}
