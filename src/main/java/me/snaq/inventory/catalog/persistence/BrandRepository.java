package me.snaq.inventory.catalog.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import me.snaq.inventory.catalog.domain.Brand;
import me.snaq.inventory.catalog.domain.BrandFilter;
import me.snaq.inventory.shared.database.QueryBuilder;
import me.snaq.inventory.shared.web.PageRequest;

@ApplicationScoped
public class BrandRepository implements PanacheRepositoryBase<Brand, String> {

  /**
   * Brands in code order after the cursor: {@code limit + 1} rows, the extra telling more exist.
   */
  public List<Brand> page(BrandFilter filter, PageRequest page) {
    QueryBuilder query =
        new QueryBuilder()
            .where("code > :after", "after", page.after())
            .where("code = :only", "only", filter.onlyCode())
            .where("kind = :kind", "kind", filter.kind())
            .where("active = :active", "active", filter.active());
    return find(query.jpql() + " order by code", query.parameters()).range(0, page.limit()).list();
  }
}
