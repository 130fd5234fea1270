package me.snaq.inventory.inventory.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import me.snaq.inventory.inventory.domain.Allocation;
import me.snaq.inventory.inventory.domain.AllocationFilter;
import me.snaq.inventory.inventory.domain.AllocationState;
import me.snaq.inventory.inventory.domain.LotUse;
import me.snaq.inventory.shared.database.QueryBuilder;

@ApplicationScoped
public class AllocationRepository implements PanacheRepositoryBase<Allocation, Long> {

  /** Locks the allocation's row and reloads it, so its state is current under the lock. */
  public void refreshLocked(Allocation allocation) {
    getEntityManager().refresh(allocation, LockModeType.PESSIMISTIC_WRITE);
  }

  /** Locks the allocation's row unless another transaction holds it; tells whether it did. */
  public boolean lockIfFree(long id) {
    return !getEntityManager()
        .createNativeQuery(
            "SELECT id FROM inventory_allocation WHERE id = ?1 FOR UPDATE SKIP LOCKED")
        .setParameter(1, id)
        .getResultList()
        .isEmpty();
  }

  /** Allocations that took units of the lot, with how many, newest first. */
  @SuppressWarnings("unchecked")
  public List<LotUse> usesOfLot(long lotId) {
    List<Object[]> rows =
        getEntityManager()
            .createNativeQuery(
                "SELECT a.id, a.brand_code, a.reference, a.subscriber_id, a.delivery_date, a.state,"
                    + " p.quantity FROM inventory_allocation_pick p"
                    + " JOIN inventory_allocation a ON a.id = p.allocation_id"
                    + " WHERE p.lot_id = ?1 ORDER BY a.id DESC")
            .setParameter(1, lotId)
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new LotUse(
                    ((Number) row[0]).longValue(),
                    (String) row[1],
                    (String) row[2],
                    (String) row[3],
                    row[4] instanceof java.sql.Date d
                        ? d.toLocalDate()
                        : (java.time.LocalDate) row[4],
                    AllocationState.valueOf((String) row[5]),
                    ((Number) row[6]).intValue()))
        .toList();
  }

  public boolean openReferenceExists(String brand, String reference) {
    return count(
            "brand = ?1 and reference = ?2 and state in ?3",
            brand,
            reference,
            List.of(AllocationState.HELD, AllocationState.ALLOCATED))
        > 0;
  }

  /** Allocations in id order after the cursor, {@code limit + 1} rows. */
  public List<Allocation> page(AllocationFilter filter, Long after, int limit) {
    QueryBuilder query =
        new QueryBuilder()
            .where("id > :after", "after", after)
            .where("brand = :brand", "brand", filter.brand())
            .where("state = :state", "state", filter.state())
            .where("deliveryDate = :date", "date", filter.deliveryDate())
            .where("reference = :reference", "reference", filter.reference());
    return find(query.jpql() + " order by id", query.parameters()).range(0, limit).list();
  }

  /** Ids of holds past their time, oldest first (not locked: callers lock products first). */
  @SuppressWarnings("unchecked")
  public List<Long> lapsedHoldIds(Instant now, int limit) {
    return getEntityManager()
        .createNativeQuery(
            "SELECT id FROM inventory_allocation WHERE state = 'HELD' AND hold_until <= ?1"
                + " ORDER BY hold_until LIMIT ?2",
            Long.class)
        .setParameter(1, java.time.OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
        .setParameter(2, limit)
        .getResultList();
  }

  /** Lapsed holds that have picked any of these products. */
  @SuppressWarnings("unchecked")
  public List<Long> lapsedHoldsOf(List<String> skus, Instant now) {
    return getEntityManager()
        .createNativeQuery(
            "SELECT DISTINCT a.id FROM inventory_allocation a"
                + " JOIN inventory_allocation_pick p ON p.allocation_id = a.id"
                + " WHERE a.state = 'HELD' AND a.hold_until <= ?1"
                + " AND p.sku = ANY(CAST(?2 AS varchar[])) ORDER BY a.id",
            Long.class)
        .setParameter(1, java.time.OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
        .setParameter(2, skus.toArray(String[]::new))
        .getResultList();
  }
}
