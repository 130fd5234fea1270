package me.snaq.inventory.webhook.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import me.snaq.inventory.shared.database.QueryBuilder;
import me.snaq.inventory.shared.web.PageRequest;
import me.snaq.inventory.webhook.domain.WebhookEndpoint;

@ApplicationScoped
public class EndpointRepository implements PanacheRepositoryBase<WebhookEndpoint, Long> {

  /** Endpoints in id order after the cursor, of one owner brand or all (null). */
  public List<WebhookEndpoint> page(String ownerBrand, PageRequest page) {
    QueryBuilder query =
        new QueryBuilder()
            .where("id > :after", "after", page.afterId())
            .where("ownerBrand = :owner", "owner", ownerBrand);
    return find(query.jpql() + " order by id", query.parameters()).range(0, page.limit()).list();
  }
}
