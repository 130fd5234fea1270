package me.snaq.inventory.inventory.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import me.snaq.inventory.inventory.domain.Lot;
import me.snaq.inventory.inventory.domain.LotFilter;
import me.snaq.inventory.inventory.domain.LotStatus;
import me.snaq.inventory.shared.database.QueryBuilder;

@ApplicationScoped
public class LotRepository implements PanacheRepositoryBase<Lot, Long> {

  /** The lot, row-locked until the transaction ends: every stock change takes this lock. */
  public Optional<Lot> lockById(long id) {
    return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
  }

  public boolean exists(String sku, String owner, String lotCode) {
    return count("sku = ?1 and owner = ?2 and lotCode = ?3", sku, owner, lotCode) > 0;
  }

  /**
   * Lots in id order after the cursor, {@code limit + 1} rows. A status filter means the status as
   * of {@code today}, so lots past their best-before list as EXPIRED before the job ran.
   */
  public List<Lot> page(LotFilter filter, LocalDate today, Long after, int limit) {
    QueryBuilder query =
        new QueryBuilder()
            .where("id > :after", "after", after)
            .where("sku = :sku", "sku", filter.sku())
            .where("owner = :owner", "owner", filter.owner())
            .where("location = :location", "location", filter.location())
            .where("lotCode = :lotCode", "lotCode", filter.lotCode())
            .where("bestBefore >= :from", "from", filter.bestBeforeFrom())
            .where("bestBefore <= :to", "to", filter.bestBeforeTo());
    if (filter.status() == LotStatus.EXPIRED) {
      query.where(
          "(status = 'EXPIRED' or (status = 'AVAILABLE' and bestBefore < :today))", "today", today);
    } else if (filter.status() == LotStatus.AVAILABLE) {
      query.where("status = 'AVAILABLE' and bestBefore >= :today", "today", today);
    } else if (filter.status() != null) {
      query.where("status = :status", "status", filter.status());
    }
    return find(query.jpql() + " order by id", query.parameters()).range(0, limit).list();
  }
}
