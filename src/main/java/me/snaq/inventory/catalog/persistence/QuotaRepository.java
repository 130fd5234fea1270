package me.snaq.inventory.catalog.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import me.snaq.inventory.catalog.domain.Quota;
import me.snaq.inventory.shared.database.QueryBuilder;
import me.snaq.inventory.shared.web.PageRequest;

@ApplicationScoped
public class QuotaRepository implements PanacheRepositoryBase<Quota, Quota.Key> {

  public Optional<Quota> find(String brandCode, String sku) {
    return find("brandCode = ?1 and sku = ?2", brandCode, sku).firstResultOptional();
  }

  /** A brand's quotas in SKU order after the cursor, {@code limit + 1} rows. */
  public List<Quota> page(String brandCode, PageRequest page) {
    QueryBuilder query =
        new QueryBuilder()
            .where("brandCode = :brand", "brand", brandCode)
            .where("sku > :after", "after", page.after());
    return find(query.jpql() + " order by sku", query.parameters()).range(0, page.limit()).list();
  }
}
