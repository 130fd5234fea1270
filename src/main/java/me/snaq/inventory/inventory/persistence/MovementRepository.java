package me.snaq.inventory.inventory.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import me.snaq.inventory.inventory.domain.Movement;
import me.snaq.inventory.inventory.domain.MovementFilter;
import me.snaq.inventory.shared.database.QueryBuilder;

@ApplicationScoped
public class MovementRepository implements PanacheRepositoryBase<Movement, Long> {

  /** Movements in ledger order after the cursor, {@code limit + 1} rows. */
  public List<Movement> page(MovementFilter filter, Long after, int limit) {
    QueryBuilder query =
        new QueryBuilder()
            .where("id > :after", "after", after)
            .where("sku = :sku", "sku", filter.sku())
            .where("lotId = :lot", "lot", filter.lotId())
            .where("owner = :owner", "owner", filter.owner())
            .where("type = :type", "type", filter.type())
            .where("reference = :reference", "reference", filter.reference())
            .where("occurredAt >= :from", "from", filter.from())
            .where("occurredAt < :to", "to", filter.to());
    return find(query.jpql() + " order by id", query.parameters()).range(0, limit).list();
  }
}
